import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runScript, startHolder } from "./testing/run-script";

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("the embedded data folder", () => {
  it("is opened by one process only: a second refuses with a clear message and changes nothing", async () => {
    const dataDir = tempDir();
    expect(runScript("scripts/db.ts", ["seed"], { DATA_DIR: dataDir }).status).toBe(0);

    const holder = startHolder("db/testing/hold-db.ts", { DATA_DIR: dataDir });
    await holder.ready;
    try {
      const second = runScript("scripts/db.ts", ["reset"], { DATA_DIR: dataDir });
      expect(second.status).toBe(1);
      expect(second.stderr.trim()).toMatch(/^The data folder .* is in use by another process \(pid \d+\)\./);
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      holder.child.stdin.end();
      await new Promise((r) => holder.child.once("exit", r));
    }
    // The holder released the lock; the data is intact and usable.
    const again = runScript("scripts/db.ts", ["seed"], { DATA_DIR: dataDir });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('"projects":44');
  });

  it("takes over the lock of a process that was killed", async () => {
    const dataDir = tempDir();
    const holder = startHolder("db/testing/hold-db.ts", { DATA_DIR: dataDir });
    await holder.ready;
    holder.child.kill("SIGKILL");
    await new Promise((r) => holder.child.once("exit", r));
    expect(fs.existsSync(path.join(dataDir, "tracker.lock"))).toBe(true);
    const next = runScript("scripts/db.ts", ["migrate"], { DATA_DIR: dataDir });
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
  });
});

describe("bad configuration", () => {
  it("a malformed DATABASE_URL gets one clear line and exit 1", () => {
    const r = runScript("scripts/db.ts", ["migrate"], { DATABASE_URL: "mysql://nope" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      "Invalid environment variable DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
    );
  });

  it("a malformed MIGRATION_DATABASE_URL, or one without DATABASE_URL, gets one clear line and exit 1", () => {
    const malformed = runScript("scripts/db.ts", ["migrate"], {
      DATABASE_URL: "postgres://app@127.0.0.1:1/db",
      MIGRATION_DATABASE_URL: "owner@somewhere",
    });
    expect(malformed.status).toBe(1);
    expect(malformed.stderr.trim()).toBe(
      "Invalid environment variable MIGRATION_DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
    );
    const alone = runScript("scripts/db.ts", ["migrate"], {
      MIGRATION_DATABASE_URL: "postgres://owner@127.0.0.1:1/db",
    });
    expect(alone.status).toBe(1);
    expect(alone.stderr.trim()).toBe(
      "Invalid environment variable MIGRATION_DATABASE_URL: needs DATABASE_URL too (the app's own connection; the embedded database has one role)",
    );
  });

  it("an unreachable server gets one clear line and exit 1", () => {
    const r = runScript("scripts/db.ts", ["migrate"], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Cannot reach the Postgres server 127\.0\.0\.1:1\/nowhere: /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a data folder that cannot be written gets one clear line and exit 1", () => {
    const file = path.join(tempDir(), "a-file");
    fs.writeFileSync(file, "");
    const r = runScript("scripts/db.ts", ["migrate"], { DATA_DIR: path.join(file, "data") });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^The data folder .* is not writable/);
  });
});
