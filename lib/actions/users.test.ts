import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { findUserByEmail } from "@/db/queries/users";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { createUserDef, resetUserPasswordDef, setUserDisabledDef, updateUserAccessDef } from "./users";
import { useTestDatabase } from "@/db/testing/use-database";

/** Users and audit rows, as text: a refused action must leave both exactly as they were. */
async function snapshot(h: DbHandle) {
  return {
    users: await queryRows<{ r: string }>(h, sql`select u::text as r from users u order by id`),
    audit: await queryRows<{ r: string }>(h, sql`select a::text as r from audit_events a order by id`),
  };
}

// Malformed and hostile payloads: wrong types, missing fields, huge strings, injection
// attempts, prototype keys. Each action must answer with a refusal, never throw.
const HOSTILE: unknown[] = [
  null,
  undefined,
  0,
  1,
  "",
  "x",
  [],
  [{}],
  true,
  {},
  { id: "'; drop table users; --" },
  { id: 42, version: "1" },
  { version: -1 },
  { version: 1.5 },
  { version: Number.MAX_SAFE_INTEGER + 2 },
  { __proto__: { role: "admin" } },
  JSON.parse('{"__proto__":{"admin":true},"role":"admin"}'),
  { constructor: { prototype: { x: 1 } } },
  { email: "a".repeat(10_000) + "@x.jp" },
  { name: "名".repeat(5000) },
  { password: "p".repeat(100_000) },
  { role: "superuser" },
  { role: ["admin"] },
  { areas: "1,2" },
  { areas: [1, "x"] },
  { areas: [0] },
  { areas: [100] },
  { areas: [-1] },
  { areas: new Array(1000).fill(1) },
  { disabled: "yes" },
  { disabled: 1 },
  { email: "not-an-email" },
  { email: "<script>@x" },
  { email: "x@y.jp", name: "", role: "viewer", areas: [], password: "short" },
];

describe.each(testDbKinds())("user administration on %s", (kind) => {
  const fx = useTestDatabase(kind, { personas: true });
  const admin = () => contextFor(fx.h.db, fx.actors.admin);

  it("creates a user with an audit row that holds no password", async () => {
    const result = await createUserDef.execute(admin(), {
      email: " New.Person@Example.JP ",
      name: " 新規 ",
      role: "editor",
      areas: [3, 2, 3],
      password: "a-long-enough-password",
    });
    expect(result.ok).toBe(true);
    const user = await findUserByEmail(fx.h.db, "new.person@example.jp");
    expect(user).toMatchObject({ email: "new.person@example.jp", name: "新規", role: "editor", areaScope: [2, 3] });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [audit] = await queryRows<{ changes: unknown; actor_id: string; ip: string }>(
      fx.h,
      sql`select changes, actor_id, ip from audit_events where entity_id = ${user!.id}`,
    );
    expect(audit).toMatchObject({ actor_id: fx.actors.admin!.id, ip: "192.0.2.1" });
    expect(JSON.stringify(audit!.changes)).not.toContain("argon2");
    expect(audit!.changes).toMatchObject({ role: { old: null, new: "editor" }, areaScope: { old: null, new: [2, 3] } });
  });

  it("refuses a taken e-mail, or a value of the wrong type, on its field", async () => {
    const ja = await createUserDef.execute(admin(), {
      email: "ADMIN@test.example",
      name: "x",
      role: "viewer",
      areas: [],
      password: "a-long-enough-password",
    });
    expect(ja).toEqual({ ok: false, formError: null, fieldErrors: { email: ["validation.emailTaken"] } });
    const en = await createUserDef.execute(contextFor(fx.h.db, fx.actors.admin, "en"), {
      email: "x@y.jp",
      name: "x",
      role: "viewer",
      areas: [],
      password: 12,
    });
    expect(en.ok).toBe(false);
    expect(en).toEqual({ ok: false, formError: null, fieldErrors: { password: ["validation.required"] } });
  });

  it("refuses an area that does not exist and writes nothing", async () => {
    const before = await snapshot(fx.h);
    const result = await createUserDef.execute(admin(), {
      email: "z@y.jp",
      name: "z",
      role: "editor",
      areas: [42],
      password: "a-long-enough-password",
    });
    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { areas: ["validation.unknownArea"] } });
    expect(await snapshot(fx.h)).toEqual(before);
  });

  it("refuses a stale version (someone saved first) and overwrites nothing", async () => {
    const user = (await findUserByEmail(fx.h.db, "new.person@example.jp"))!;
    const first = await updateUserAccessDef.execute(admin(), {
      id: user.id,
      version: user.version,
      role: "viewer",
      areas: [],
    });
    expect(first).toEqual({ ok: true, data: { id: user.id, version: user.version + 1 } });
    const before = await snapshot(fx.h);
    const second = await updateUserAccessDef.execute(admin(), {
      id: user.id,
      version: user.version,
      role: "admin",
      areas: [],
    });
    expect(second).toEqual({ ok: false, formError: "errors.conflict", fieldErrors: {} });
    expect(await snapshot(fx.h)).toEqual(before);
  });

  it("disabling and resetting a password end sessions (new session version); role changes do not need to", async () => {
    const user = (await findUserByEmail(fx.h.db, "new.person@example.jp"))!;
    const disabled = await setUserDisabledDef.execute(admin(), { id: user.id, version: user.version, disabled: true });
    expect(disabled.ok).toBe(true);
    const after = (await findUserByEmail(fx.h.db, "new.person@example.jp"))!;
    expect(after).toMatchObject({ disabled: true, sessionVersion: user.sessionVersion + 1 });
    const reset = await resetUserPasswordDef.execute(admin(), {
      id: user.id,
      version: after.version,
      password: "a-brand-new-password",
    });
    expect(reset.ok).toBe(true);
    const final = (await findUserByEmail(fx.h.db, "new.person@example.jp"))!;
    expect(final.sessionVersion).toBe(user.sessionVersion + 2);
    expect(final.passwordHash).not.toBe(user.passwordHash);
  });

  it("never leaves the system without an active administrator, and an admin cannot disable themself", async () => {
    const me = (await findUserByEmail(fx.h.db, "admin@test.example"))!;
    expect(await setUserDisabledDef.execute(admin(), { id: me.id, version: me.version, disabled: true })).toEqual({
      ok: false,
      formError: "errors.cannotDisableSelf",
      fieldErrors: {},
    });
    expect(
      await updateUserAccessDef.execute(admin(), { id: me.id, version: me.version, role: "viewer", areas: [] }),
    ).toEqual({ ok: false, formError: "errors.lastAdmin", fieldErrors: {} });
  });

  it("editors need an area; others have none", async () => {
    const r1 = await createUserDef.execute(admin(), {
      email: "e@y.jp",
      name: "e",
      role: "editor",
      areas: [],
      password: "a-long-enough-password",
    });
    expect(r1).toMatchObject({ ok: false, fieldErrors: { areas: ["validation.editorNeedsArea"] } });
    const r2 = await createUserDef.execute(admin(), {
      email: "v@y.jp",
      name: "v",
      role: "viewer",
      areas: [1],
      password: "a-long-enough-password",
    });
    expect(r2).toMatchObject({ ok: false, fieldErrors: { areas: ["validation.areasOnlyForEditors"] } });
  });

  it(`answers ${HOSTILE.length * 4} malformed or hostile payloads with a refusal, writing nothing`, async () => {
    const before = await snapshot(fx.h);
    for (const action of [createUserDef, updateUserAccessDef, setUserDisabledDef, resetUserPasswordDef]) {
      for (const payload of HOSTILE) {
        const result = await action.execute(admin(), payload);
        expect(result.ok, `${action.name} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
        expect(!result.ok && result.formError).not.toBe("errors.unexpected");
      }
    }
    expect(await snapshot(fx.h)).toEqual(before);
  });
});
