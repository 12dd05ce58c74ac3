import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { LIMITS } from "@/db/mutations/login-throttle";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { checkCredentials } from "./sign-in";
import { useTestDatabase } from "@/db/testing/use-database";

const GOOD = "a-test-password-long-enough"; // the personas' password

describe.each(testDbKinds())("sign-in checks on %s", (kind) => {
  const fx = useTestDatabase(kind, { personas: true });

  it("accepts the right password, case-insensitively on the e-mail", async () => {
    expect(await checkCredentials(fx.h.db, " Viewer@Test.Example ", GOOD, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    expect(await checkCredentials(fx.h.db, "nobody@test.example", GOOD, "10.0.0.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials(fx.h.db, "viewer@test.example", "wrong-password", "10.0.0.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it(`locks an account at one address after ${LIMITS.pair} failures, for 15 minutes, even for the right password; not at another address`, async () => {
    for (let i = 0; i < LIMITS.pair; i++) {
      expect(await checkCredentials(fx.h.db, "editor2@test.example", `wrong-${i}`, "10.1.0.1")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await checkCredentials(fx.h.db, "editor2@test.example", GOOD, "10.1.0.1")).toEqual({
      ok: false,
      reason: "locked",
    });
    // A stranger guessing from elsewhere does not lock the owner out of their own office.
    expect(await checkCredentials(fx.h.db, "editor2@test.example", GOOD, "10.1.0.2")).toMatchObject({ ok: true });
    // The lock is a row in the database: another server (or this one after a restart) sees it, until it ends.
    await fx.h.db
      .execute(sql`update login_throttles set locked_until = now() - interval '1 second', window_started_at = now() - interval '16 minutes'
      where key = 'editor2@test.example 10.1.0.1'`);
    expect(await checkCredentials(fx.h.db, "editor2@test.example", GOOD, "10.1.0.1")).toMatchObject({ ok: true });
  });

  it(`locks an account everywhere after ${LIMITS.account} failures spread over many addresses`, async () => {
    for (let i = 0; i < LIMITS.account; i++)
      await checkCredentials(fx.h.db, "admin@test.example", "x", `10.5.${Math.floor(i / 4)}.${i % 4}`);
    expect(await checkCredentials(fx.h.db, "admin@test.example", GOOD, "10.5.200.1")).toEqual({
      ok: false,
      reason: "locked",
    });
    await fx.h.db.execute(sql`delete from login_throttles where key like 'admin@test.example%'`);
  });

  it("does not count an attempt its own address was refused towards the account's ceiling", async () => {
    for (let i = 0; i < LIMITS.account + 5; i++)
      await checkCredentials(fx.h.db, "editor5@test.example", "x", "10.7.0.1");
    expect(await checkCredentials(fx.h.db, "editor5@test.example", GOOD, "10.7.0.2")).toMatchObject({ ok: true });
  });

  it("locks unknown e-mails the same way, so that locking tells nothing", async () => {
    for (let i = 0; i < LIMITS.pair; i++) await checkCredentials(fx.h.db, "ghost@test.example", "x", "10.2.0.1");
    expect(await checkCredentials(fx.h.db, "ghost@test.example", "x", "10.2.0.1")).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("starts counting again when the window has passed, and purges rows whose window and lock are over", async () => {
    for (let i = 0; i < LIMITS.pair - 1; i++) await checkCredentials(fx.h.db, "editor5@test.example", "x", "10.3.0.1");
    await fx.h.db.execute(
      sql`update login_throttles set window_started_at = now() - interval '16 minutes' where key like 'editor5@test.example%'`,
    );
    await fx.h.db.execute(sql`insert into login_throttles (scope, key, failures, window_started_at, locked_until)
      values ('ip', '10.3.9.9', 3, now() - interval '2 hours', now() - interval '1 hour')`);
    await checkCredentials(fx.h.db, "editor5@test.example", "x", "10.3.0.1");
    expect(await checkCredentials(fx.h.db, "editor5@test.example", GOOD, "10.3.0.1")).toMatchObject({ ok: true });
    expect(await queryRows(fx.h, sql`select 1 from login_throttles where key = '10.3.9.9'`)).toHaveLength(0);
  });

  it(`limits one IP address to ${LIMITS.ip} failures across accounts`, async () => {
    for (let i = 0; i < LIMITS.ip; i++) await checkCredentials(fx.h.db, `spray${i}@test.example`, "x", "10.9.9.9");
    expect(await checkCredentials(fx.h.db, "admin@test.example", GOOD, "10.9.9.9")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await checkCredentials(fx.h.db, "admin@test.example", GOOD, "10.9.9.10")).toMatchObject({ ok: true });
  });

  it(`checks no more than ${LIMITS.pair} passwords of a burst of 50 sent at once, and a right one inside the burst does not get in`, async () => {
    const attempts = Array.from({ length: 51 }, (_, i) => (i === 25 ? GOOD : `wrong-${i}`));
    const results = await Promise.all(
      attempts.map((password) => checkCredentials(fx.h.db, "viewer@test.example", password, "10.6.0.1")),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(LIMITS.pair);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results[25]).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses a disabled account like a wrong password", async () => {
    await fx.h.db.execute(sql`update users set disabled = true where email = 'viewer@test.example'`);
    expect(await checkCredentials(fx.h.db, "viewer@test.example", GOOD, "10.4.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
