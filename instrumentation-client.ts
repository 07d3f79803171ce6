// The pages' Content-Security-Policy (proxy.ts) allows no eval. zod compiles object schemas with `new Function`
// where it may, and its probe for that, when a schema is built, shows up as a policy violation even though zod
// catches it. Next runs this file before any module of the page, so every schema the browser builds is built with
// zod's `jitless` on. zod keeps its settings in this global and adopts the object it finds there: the setting goes on
// that object itself (a copy put in its place after zod loaded is one zod never reads). Written here rather than
// with zod's config(), which would bring zod into the first load of every page, most of which never build a schema.
const zodSettings = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodSettings.__zod_globalConfig ??= {}).jitless = true;
