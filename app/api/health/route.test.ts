import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { getDbHandle } from "@/db/client";
import { GET } from "./route";

// The route against a real database that then goes away: 200 while it answers, 503 after.
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function expectHealth(status: number, database: string) {
  const response = await GET();
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual({ status: status === 200 ? "ok" : "degraded", database });
  expect(response.headers.get("cache-control")).toBe("no-store");
}

const serverUrl = process.env.DATABASE_URL;

describe("GET /api/health", () => {
  if (serverUrl) {
    it("answers 200 while the Postgres server answers, 503 once the database is gone", async () => {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      cleanups.push(() => admin.end({ timeout: 5 }));
      const name = `tracker_test_health_${process.pid}`;
      await admin.unsafe(`create database "${name}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
      cleanups.push(() => void (process.env.DATABASE_URL = serverUrl));
      cleanups.push(async () => (await getDbHandle()).close());
      await expectHealth(200, "ok");
      await admin.unsafe(`drop database "${name}" with (force)`);
      await expectHealth(503, "unavailable");
    });
  } else {
    it("answers 200 while the embedded database answers, 503 once it is closed", async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-health-"));
      cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      process.env.DATA_DIR = dataDir;
      await expectHealth(200, "ok");
      await (await getDbHandle()).close();
      await expectHealth(503, "unavailable");
    });
  }
});
