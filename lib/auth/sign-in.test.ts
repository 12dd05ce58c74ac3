import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { ACCOUNT_LIMIT, IP_LIMIT } from "@/db/mutations/login-throttle";
import { revokeSession } from "@/db/mutations/sessions";
import { findSessionUser, findUserByEmail } from "@/db/queries/users";
import { openFreshDatabase, testDbKinds } from "@/db/testing/fresh-db";
import { createPersonas } from "@/db/testing/personas";
import { checkCredentials } from "./sign-in";

const GOOD = "a-test-password-long-enough"; // the personas' password

describe.each(testDbKinds())("sign-in checks on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openFreshDatabase(kind);
    await createPersonas(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("accepts the right password, case-insensitively on the e-mail", async () => {
    expect(await checkCredentials(h.db, " Viewer@Test.Example ", GOOD, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    expect(await checkCredentials(h.db, "nobody@test.example", GOOD, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(h.db, "viewer@test.example", "wrong-password", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an account after ${ACCOUNT_LIMIT} failures in 15 minutes, for 15 minutes, even for the right password`, async () => {
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expect(await checkCredentials(h.db, "editor2@test.example", `wrong-${i}`, `10.1.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await checkCredentials(h.db, "editor2@test.example", GOOD, "10.1.1.1")).toEqual({ ok: false, reason: "locked" });
    // The lock is a row in the database: another server (or this one after a restart) sees it.
    await h.db.execute(sql`update login_throttles set locked_until = now() - interval '1 second' where key = 'editor2@test.example'`);
    expect(await checkCredentials(h.db, "editor2@test.example", GOOD, "10.1.1.1")).toMatchObject({ ok: true });
  });

  it("locks unknown e-mails the same way, so that locking tells nothing", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await checkCredentials(h.db, "ghost@test.example", "x", `10.2.0.${i}`);
    expect(await checkCredentials(h.db, "ghost@test.example", "x", "10.2.1.1")).toEqual({ ok: false, reason: "locked" });
  });

  it("starts counting again when the window has passed", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await checkCredentials(h.db, "editor5@test.example", "x", `10.3.0.${i}`);
    await h.db.execute(sql`update login_throttles set window_started_at = now() - interval '16 minutes' where key = 'editor5@test.example'`);
    await checkCredentials(h.db, "editor5@test.example", "x", "10.3.1.1");
    expect(await checkCredentials(h.db, "editor5@test.example", GOOD, "10.3.1.2")).toMatchObject({ ok: true });
  });

  it(`limits one IP address to ${IP_LIMIT} failures across accounts`, async () => {
    for (let i = 0; i < IP_LIMIT; i++) await checkCredentials(h.db, `spray${i}@test.example`, "x", "10.9.9.9");
    expect(await checkCredentials(h.db, "admin@test.example", GOOD, "10.9.9.9")).toEqual({ ok: false, reason: "locked" });
    expect(await checkCredentials(h.db, "admin@test.example", GOOD, "10.9.9.10")).toMatchObject({ ok: true });
  });

  it("finds the user behind a session until that session is revoked", async () => {
    const admin = (await findUserByEmail(h.db, "admin@test.example"))!;
    expect(await findSessionUser(h.db, admin.id, "session-a")).toMatchObject({ id: admin.id });
    await revokeSession(h.db, "session-a", new Date(Date.now() + 60_000));
    expect(await findSessionUser(h.db, admin.id, "session-a")).toBeNull();
    expect(await findSessionUser(h.db, admin.id, "session-b")).toMatchObject({ id: admin.id });
    expect(await findSessionUser(h.db, "not-a-uuid", "session-b")).toBeNull();
  });

  it("refuses a disabled account like a wrong password", async () => {
    await h.db.execute(sql`update users set disabled = true where email = 'viewer@test.example'`);
    expect(await checkCredentials(h.db, "viewer@test.example", GOOD, "10.4.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
