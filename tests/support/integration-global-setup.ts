import { dropDatabases, ensureDatabase, migrateIfBehind } from "./database";
import { INTEGRATION_TEMPLATE_DATABASE_URL, isIntegrationWorkerDatabase } from "./test-env";

/**
 * Once per vitest run: migrates the template database, then drops the worker databases of an earlier run (they may
 * predate a migration), so each worker clones the template afresh when its first file starts
 * (tests/support/integration-setup.ts). They are dropped again when the run ends.
 */
export default async function setup() {
  await ensureDatabase(INTEGRATION_TEMPLATE_DATABASE_URL);
  await migrateIfBehind(INTEGRATION_TEMPLATE_DATABASE_URL);
  await dropDatabases(isIntegrationWorkerDatabase);
  return () => dropDatabases(isIntegrationWorkerDatabase);
}
