import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";

// Builds a Prisma client on the pg driver adapter (the WebAssembly query compiler needs one).
// The app uses the singleton in lib/db.ts; scripts and tests call this with their own URL.
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPgOneQueryAtATimeInTransactions({ connectionString, max: poolSize }) });
}

type PgTransaction = Awaited<ReturnType<Awaited<ReturnType<PrismaPg["connect"]>>["startTransaction"]>>;

/**
 * Prisma 6.19.3's query interpreter runs the queries of one `include` at the same time (`Promise.all` over a join's
 * children: `case 'join'` in @prisma/client-engine-runtime's query-interpreter.ts), and so does any `Promise.all` of
 * ours inside `$transaction`. Outside a transaction each query takes its own pooled connection; inside one they all
 * go to the transaction's single pg client, which queues them but warns "Calling client.query() when the client is
 * already executing a query is deprecated" (pg 8.23; pg 9 will refuse). A connection runs one query at a time
 * anyway, so the transaction hands them to pg in turn, in the order Prisma issued them.
 */
class PrismaPgOneQueryAtATimeInTransactions extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneQueryAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}

function oneQueryAtATime(transaction: PgTransaction): PgTransaction {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = previous.then(run);
    previous = result.catch(() => undefined); // a failed query does not stop the ones queued after it
    return result;
  };
  const queryRaw = transaction.queryRaw.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.queryRaw = (query) => inTurn(() => queryRaw(query));
  transaction.executeRaw = (query) => inTurn(() => executeRaw(query));
  return transaction;
}

export type Db = PrismaClient;

/**
 * Options for an interactive transaction that builds a PDF inside it (an agreement being signed): Prisma's 5-second
 * default is passed on a busy server, and the whole change is then lost with a generic error (signing the
 * Employer Agreement was seen failing at 6.1 s on the shared 2-core machine). lib/review/decide.ts gives packet
 * building the same room.
 */
export const BUILDS_PDFS = { timeout: 30_000, maxWait: 5_000 };
/** A client or an interactive transaction: functions that write take this so callers can compose them. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
