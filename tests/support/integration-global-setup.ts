import { ensureDatabase, migrate } from "./database";
import { INTEGRATION_DATABASE_URL } from "./test-env";

export default async function setup() {
  await ensureDatabase(INTEGRATION_DATABASE_URL);
  migrate(INTEGRATION_DATABASE_URL);
}
