import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { readEnv } from "@/lib/env";
import { openDatabase, resolveTarget, type DbHandle } from "./connection";
import { startupMessage } from "./errors";
import { ensureSchema } from "./maintenance";
import { MIGRATIONS_FOLDER, migrateDatabase, migrateServer } from "./migrate";
import { writeAudit } from "./mutations/audit";
import { storeEditionFile } from "./mutations/edition-files";
import { createDraftEdition, publishEdition } from "./mutations/editions";
import { attemptSucceeded, reserveSignInAttempt } from "./mutations/login-throttle";
import { endSession, startSession, touchSession } from "./mutations/sessions";
import { loadReportRows } from "./queries/report-rows";
import { canMigrate, currentRole } from "./roles";
import { selectRows } from "./rows";
import { pendingMigrations } from "./schema-status";
import { seedPublishedReport } from "@/lib/seed/report";
import { openFreshDatabase, testDbKinds } from "./testing/fresh-db";
import { createRolesDatabase, type RolesDb } from "./testing/roles-db";
import { runScript } from "./testing/run-script";

const BEHIND_ONE =
  "The database schema is behind this build (1 migration pending): run `npm run db:migrate` with the owner's connection, or set MIGRATION_DATABASE_URL.";

/** A copy of the committed migrations whose journal lacks its last entry: a build one migration older. */
function olderMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-migrations-"));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: unknown[] };
  journal.entries.pop();
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const startError = async (handle: DbHandle) =>
  startupMessage(
    await ensureSchema(handle).then(
      () => null,
      (e: unknown) => e,
    ),
  );
const open = (env: Record<string, string>) => openDatabase(resolveTarget(readEnv({ ...env, NODE_ENV: "test" })));

describe.each(testDbKinds())("the schema check on %s", (kind) => {
  let handle: DbHandle;
  const older = olderMigrations();
  beforeAll(async () => {
    handle = await openFreshDatabase(kind, { migrate: false });
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(older, { recursive: true, force: true });
  });

  it("counts every migration pending on an empty database, and lets its owner (or the embedded database's one role) migrate", async () => {
    expect(await pendingMigrations(handle.db)).toBe(
      JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")).entries.length,
    );
    expect(await canMigrate(handle.db)).toBe(true);
  });

  it("counts exactly what a newer build would apply, and none once it has", async () => {
    await migrateDatabase(handle, { migrationsFolder: older });
    expect(await pendingMigrations(handle.db, older)).toBe(0);
    expect(await pendingMigrations(handle.db)).toBe(1);
    await ensureSchema(handle);
    expect(await pendingMigrations(handle.db)).toBe(0);
  });
});

if (process.env.DATABASE_URL) {
  describe("on a Postgres server set up by db/roles.sql, the app's role reads and writes rows only", () => {
    let roles: RolesDb, owner: DbHandle, app: DbHandle, appSql: postgres.Sql;
    const older = olderMigrations();
    beforeAll(async () => {
      roles = await createRolesDatabase({ setupSql: true });
      owner = await open({ DATABASE_URL: roles.ownerUrl });
      app = await open({ DATABASE_URL: roles.appUrl });
      appSql = postgres(roles.appUrl, { max: 1, onnotice: () => {} });
    });
    afterAll(async () => {
      await appSql?.end({ timeout: 5 });
      await app?.close();
      await owner?.close();
      await roles?.close();
      fs.rmSync(older, { recursive: true, force: true });
    });

    it("the app's role refuses to start, in one line, while one migration is pending; it starts once the owner has migrated", async () => {
      await migrateServer(roles.ownerUrl, { migrationsFolder: older });
      expect(await canMigrate(app.db)).toBe(false);
      expect(await startError(app)).toBe(BEHIND_ONE);
      const script = runScript("scripts/db.ts", ["migrate"], { DATABASE_URL: roles.appUrl });
      expect(script.status).toBe(1);
      expect(script.stderr.trim()).toBe(BEHIND_ONE);
      // The deployment step, as the owner alone: the default privileges give the app the new table.
      expect(runScript("scripts/db.ts", ["migrate"], { DATABASE_URL: roles.ownerUrl }).status).toBe(0);
      await ensureSchema(app);
      expect(await canMigrate(owner.db)).toBe(true);
    });

    it("does what the app does: seed read, editions published, their files stored, throttles, sessions, milestones, audit rows", async () => {
      await seedPublishedReport(owner.db);
      const report = buildReport(await loadReportRows(app.db));
      const audit =
        (tx: Parameters<Parameters<DbHandle["db"]["transaction"]>[0]>[0]) => (e: Parameters<typeof writeAudit>[2]) =>
          writeAudit(tx, { actorId: null, ip: null }, e);
      const draft = await app.db.transaction((tx) =>
        createDraftEdition(
          tx,
          { period: "2021-11", asOfDate: "2021-11-01", titleJa: "2021年11月現在", titleEn: "As of November 2021" },
          report,
          null,
          audit(tx),
        ),
      );
      const published = await app.db.transaction((tx) => publishEdition(tx, draft, null, audit(tx)));
      expect(published.sha256).toMatch(/^[0-9a-f]{64}$/);
      await storeEditionFile(app.db, draft.id, "csv", new Uint8Array([1, 2, 3]));
      expect(await reserveSignInAttempt(app.db, "someone@example.jp", "192.0.2.1")).toBe("go");
      await attemptSucceeded(app.db, "someone@example.jp", "192.0.2.1");
      const [user] =
        await appSql`insert into users (email, name, password_hash, role) values ('role@example.jp', 'R', 'x', 'viewer') returning id`;
      await startSession(app.db, { id: "session-1", userId: user!.id, ip: "192.0.2.1" });
      expect(await touchSession(app.db, user!.id, "session-1", { maxHours: 8, idleMinutes: 60 })).toMatchObject({
        id: user!.id,
      });
      await endSession(app.db, "session-1");
      const [milestone] =
        await appSql`insert into milestones (project_id, title_ja) select id, '試験' from projects limit 1 returning id`;
      await appSql`update milestones set title_en = 'Test' where id = ${milestone!.id}`;
      await appSql`delete from milestones where id = ${milestone!.id}`;
      expect(await currentRole(app.db)).toBe(roles.app);
    });

    it("cannot touch what guards a published edition, nor the schema", async () => {
      const refusals = [
        "alter table editions disable trigger all",
        "alter table editions disable trigger editions_guard_published",
        "alter table edition_files disable trigger edition_files_guard",
        "drop trigger editions_guard_published on editions",
        "create or replace function guard_published_editions() returns trigger language plpgsql as $$ begin return new; end $$",
        "create or replace function guard_edition_files() returns trigger language plpgsql as $$ begin return new; end $$",
        "create trigger editions_mine before update on editions for each row execute function bump_report_revision()",
        "set session_replication_role = replica",
        "truncate editions",
        "truncate edition_files",
        "truncate audit_events",
        "alter table editions add column note text",
        "alter table editions owner to current_user",
        "drop table editions",
        "create table public.mine (a int)",
        "create schema mine",
        "create temporary table mine (a int)",
        "delete from drizzle.__drizzle_migrations",
      ];
      for (const statement of refusals) {
        await expect(appSql.unsafe(statement), statement).rejects.toMatchObject({ code: "42501" });
      }
      for (const statement of [
        "update editions set content = '{}' where period = '2021-10'",
        "delete from editions where period = '2021-10'",
      ]) {
        await expect(appSql.unsafe(statement), statement).rejects.toMatchObject({ code: "23514" });
      }
      const triggers =
        await appSql`select tgname, tgenabled from pg_trigger where tgrelid in ('editions'::regclass, 'edition_files'::regclass) and not tgisinternal`;
      expect(triggers.map((t) => t.tgname)).toEqual(
        expect.arrayContaining(["editions_guard_published", "editions_guard_truncate", "edition_files_guard"]),
      );
      expect(triggers.filter((t) => t.tgenabled !== "O")).toEqual([]);
      const [seeded] =
        await appSql`select status, sha256 = encode(sha256(convert_to(content::text, 'UTF8')), 'hex') as intact from editions where period = '2021-10'`;
      expect(seeded).toEqual({ status: "published", intact: true });
    });
  });

  describe("on a Postgres server with bare roles, MIGRATION_DATABASE_URL", () => {
    let roles: RolesDb;
    const older = olderMigrations();
    beforeAll(async () => {
      roles = await createRolesDatabase({ setupSql: false });
    });
    afterAll(async () => {
      await roles?.close();
      fs.rmSync(older, { recursive: true, force: true });
    });

    it("lets the app start as its own role: the owner migrates and grants, the app then runs as itself", async () => {
      await migrateServer(roles.ownerUrl, { migrationsFolder: older });
      const alone = await open({ DATABASE_URL: roles.appUrl });
      try {
        expect(await startError(alone)).toMatch(
          /^Cannot tell whether the database schema is current: the role \S+ may not read drizzle\.__drizzle_migrations/,
        );
      } finally {
        await alone.close();
      }
      const app = await open({ DATABASE_URL: roles.appUrl, MIGRATION_DATABASE_URL: roles.ownerUrl });
      try {
        await ensureSchema(app);
        expect(await pendingMigrations(app.db)).toBe(0);
        expect(await currentRole(app.db)).toBe(roles.app);
        const [table] = await selectRows<{ owner: string }>(
          app.db,
          sql`select tableowner as owner from pg_tables where tablename = 'edition_files'`,
        );
        expect(table!.owner).toBe(roles.owner);
        await reserveSignInAttempt(app.db, "someone@example.jp", null);
        await expect(app.db.execute(sql`truncate login_throttles`)).rejects.toThrow();
      } finally {
        await app.close();
      }
    });

    it("refuses an app start, in one line, that lacks the rights on a table", async () => {
      const ownerSql = postgres(roles.ownerUrl, { max: 1, onnotice: () => {} });
      await ownerSql.unsafe(`revoke insert on login_throttles from "${roles.app}"`);
      await ownerSql.end({ timeout: 5 });
      const app = await open({ DATABASE_URL: roles.appUrl });
      try {
        expect(await startError(app)).toBe(
          `The database role ${roles.app} may not read and write login_throttles: grant it as the owner (README, "Database roles"), or set MIGRATION_DATABASE_URL so that migrating grants it.`,
        );
      } finally {
        await app.close();
      }
    });
  });
}
