import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { findUserByEmail } from "@/db/queries/users";
import { seedReport } from "@/db/seed/load";
import { openFreshDatabase, queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor, createPersonas, PERSONAS, type Persona, type PersonaActors } from "@/db/testing/personas";
import { actionRegistry, type DefinedAction } from "./define-action";
import { createUserDef, resetUserPasswordDef, setUserDisabledDef, updateUserAccessDef } from "./users";

// Every server action and every staff route handler, and who may call it. The lists are
// compared with the code on disk: an action or route that is not in this matrix fails.

const ROOT = path.resolve(import.meta.dirname, "../..");
type Verdict = "allow" | "deny";
type Row = Record<Persona, Verdict>;

const ADMIN_ONLY: Row = { anonymous: "deny", viewer: "deny", editorOther: "deny", editorArea: "deny", admin: "allow" };

/** Entry points (exports of "use server" files) → the definition they run, or "public". */
const ENTRY_POINTS: Record<string, { file: string; definition: DefinedAction | "public"; why?: string }> = {
  signInAction: { file: "app/(auth)/login/actions.ts", definition: "public", why: "the way into a session" },
  signOutAction: { file: "app/(auth)/login/actions.ts", definition: "public", why: "ends the caller's own session only" },
  createUserAction: { file: "app/staff/users/actions.ts", definition: createUserDef },
  updateUserAccessAction: { file: "app/staff/users/actions.ts", definition: updateUserAccessDef },
  setUserDisabledAction: { file: "app/staff/users/actions.ts", definition: setUserDisabledDef },
  resetUserPasswordAction: { file: "app/staff/users/actions.ts", definition: resetUserPasswordDef },
};

/** Route handlers open to anyone; every other route handler must be in STAFF_ROUTES. */
const PUBLIC_ROUTES = ["app/api/health/route.ts", "app/api/auth/[...nextauth]/route.ts", "app/api/locale/route.ts"];
const STAFF_ROUTES: Record<string, Row> = {};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : walk(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

const sourceFiles = ["app", "lib", "components"].flatMap((d) => walk(path.join(ROOT, d)));
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

describe("the matrix covers the code", () => {
  it("lists every export of every \"use server\" file", () => {
    const found: string[] = [];
    for (const file of sourceFiles) {
      const text = fs.readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/.test(text)) continue;
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g)) found.push(`${rel(file)}#${m[1]}`);
    }
    const listed = Object.entries(ENTRY_POINTS).map(([name, e]) => `${e.file}#${name}`);
    expect(found.sort()).toEqual(listed.sort());
  });

  it("lists every route handler", () => {
    const routes = sourceFiles.filter((f) => /\/route\.ts$/.test(f)).map(rel).sort();
    expect(routes).toEqual([...PUBLIC_ROUTES, ...Object.keys(STAFF_ROUTES)].sort());
  });

  it("has a row for every defined action", () => {
    const definitions = new Set(Object.values(ENTRY_POINTS).map((e) => e.definition).filter((d) => d !== "public"));
    expect([...actionRegistry.values()].filter((d) => !definitions.has(d)).map((d) => d.name)).toEqual([]);
  });
});

/** For each action: who may call it, and a fresh valid input for one call. */
type Case = { definition: DefinedAction; expected: Row; input: (h: DbHandle, n: number) => Promise<unknown> };

async function subject(h: DbHandle) {
  const user = await findUserByEmail(h.db, "subject@test.example");
  return { id: user!.id, version: user!.version };
}

const CASES: Case[] = [
  {
    definition: createUserDef,
    expected: ADMIN_ONLY,
    input: async (_h, n) => ({ email: `new${n}@test.example`, name: `New ${n}`, role: "viewer", areas: [], password: "long-enough-password" }),
  },
  {
    definition: updateUserAccessDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ ...(await subject(h)), role: "editor", areas: [n % 2 ? 2 : 3] }),
  },
  {
    definition: setUserDisabledDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ ...(await subject(h)), disabled: n % 2 === 1 }),
  },
  {
    definition: resetUserPasswordDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ ...(await subject(h)), password: `another-password-${n}` }),
  },
];

async function countAudit(h: DbHandle): Promise<number> {
  return (await queryRows<{ n: number }>(h, sql`select count(*)::int as n from audit_events`))[0]!.n;
}

describe.each(testDbKinds())("authorization on %s", (kind) => {
  let h: DbHandle;
  let actors: PersonaActors;
  beforeAll(async () => {
    h = await openFreshDatabase(kind);
    await seedReport(h.db);
    actors = await createPersonas(h.db);
    await createUserDef.execute(contextFor(h.db, actors.admin), {
      email: "subject@test.example", name: "Subject", role: "viewer", areas: [], password: "subject-password-1",
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const expectations = CASES.flatMap((c) => PERSONAS.map((p) => [c.definition.name, p, c.expected[p], c] as const));
  let n = 0;
  it.each(expectations)("%s as %s: %s", async (_name, persona, verdict, c) => {
    const input = await c.input(h, ++n);
    const before = await countAudit(h);
    const ctx = contextFor(h.db, actors[persona]);
    const result = await c.definition.execute(ctx, input);
    const after = await countAudit(h);
    if (verdict === "allow") {
      expect(result).toMatchObject({ ok: true });
      expect(after).toBe(before + 1);
      expect(ctx.revalidated.length).toBeGreaterThan(0);
    } else {
      expect(result).toEqual({ ok: false, formError: persona === "anonymous" ? "errors.signInRequired" : "errors.forbidden", fieldErrors: {} });
      expect(after).toBe(before);
      expect(ctx.revalidated).toEqual([]);
    }
  });
});
