// Gives the end-to-end run an empty, fully migrated database of its own. Tests create their own tenants.
import { ensureDatabase, migrate, truncateAll } from "./database";
import { E2E_DATABASE_URL } from "./test-env";

await ensureDatabase(E2E_DATABASE_URL);
migrate(E2E_DATABASE_URL);
await truncateAll(E2E_DATABASE_URL);
console.log("End-to-end database ready.");
