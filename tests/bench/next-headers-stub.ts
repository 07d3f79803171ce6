// What `next/headers` is inside tests/bench/scale.ts (see next-headers-hooks.mjs).
import { requestScope } from "../support/request-scope";

export const headers = async () => requestScope.headers();
export const cookies = async () => requestScope.cookies();
