import "server-only";
import { openDatabase, resolveTarget, type Db, type DbHandle } from "./connection";

// One database handle per process, shared across route modules (which Next may load
// more than once) through globalThis. Opening it during `next build` is a bug: a
// prerendered page would bake in stale rows and build workers would fight over the
// embedded data folder, so it fails loudly instead.
const slot = globalThis as unknown as { __trackerDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database must not be opened during `next build`: mark the page dynamic (await connection()).");
  }
  slot.__trackerDb ??= openDatabase(resolveTarget()).catch((e) => {
    slot.__trackerDb = undefined;
    throw e;
  });
  return slot.__trackerDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
