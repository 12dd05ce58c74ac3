import { afterAll, beforeAll } from "vitest";
import type { DbHandle } from "../connection";
import { openFreshDatabase, type TestDbKind } from "./fresh-db";
import { createPersonas, type PersonaActors } from "./personas";

export type TestDatabase = { h: DbHandle; actors: PersonaActors };

/**
 * For a describe block: a database of `kind` of its own, a copy of the run's migrated (or
 * seeded) template, with the authorization tests' personas when asked; closed after the
 * block. A block's own beforeAll, registered after this call, runs after it.
 */
export function useTestDatabase(
  kind: TestDbKind,
  { seeded = false, personas = false }: { seeded?: boolean; personas?: boolean } = {},
): TestDatabase {
  const fx = {} as TestDatabase;
  beforeAll(async () => {
    fx.h = await openFreshDatabase(kind, { seeded });
    if (personas) fx.actors = await createPersonas(fx.h.db);
  });
  afterAll(async () => {
    await fx.h?.close();
  });
  return fx;
}
