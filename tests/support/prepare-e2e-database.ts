// Gives the end-to-end run an empty, fully migrated database of its own, with the program documents published
// (as staff would have done). Tests create their own tenants.
import { createPrismaClient } from "../../lib/prisma-client";
import { ensureDatabase, migrateIfBehind, truncateAll } from "./database";
import { publishBothDocuments } from "./documents";
import { E2E_DATABASE_URL } from "./test-env";

await ensureDatabase(E2E_DATABASE_URL);
await migrateIfBehind(E2E_DATABASE_URL);
await truncateAll(E2E_DATABASE_URL);
const db = createPrismaClient(E2E_DATABASE_URL, 1);
await publishBothDocuments(db);
await db.$disconnect();
console.log("End-to-end database ready.");
