import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production server itself, started with bad configuration or on a data folder that
// another server holds: one clear line and a non-zero exit, never a stack trace.

type Started = { exitCode: Promise<number | null>; output: () => string; stop: () => void };

function startServer(port: number, env: Record<string, string>): Started {
  // The next binary itself, not npx: a signal to npx would leave the server orphaned.
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return {
    exitCode: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
    output: () => output,
    stop: () => child.kill("SIGTERM"),
  };
}

async function waitHealthy(port: number) {
  for (let i = 0; i < 60; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

const errorLines = (output: string) => output.split("\n").filter((l) => /error|at .*\(|Invalid|Cannot|in use/i.test(l));

test("a malformed DATABASE_URL stops the server with one clear line", async () => {
  const server = startServer(3294, { DATABASE_URL: "mysql://somewhere/db" });
  expect(await server.exitCode).toBe(1);
  expect(errorLines(server.output())).toEqual([
    "Invalid environment variable DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
  ]);
});

test("an unreachable database server stops the server with one clear line", async () => {
  const server = startServer(3295, { DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere" });
  expect(await server.exitCode).toBe(1);
  const lines = errorLines(server.output());
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Cannot reach the Postgres server 127\.0\.0\.1:1\/nowhere: /);
});

test("without AUTH_SECRET the production server refuses to start with one clear line", async () => {
  const server = startServer(3298, { AUTH_SECRET: "" });
  expect(await server.exitCode).toBe(1);
  expect(errorLines(server.output())).toEqual([
    "Invalid environment variable AUTH_SECRET: must be set in production (e.g. `openssl rand -base64 32`)",
  ]);
});

test("a second server on the same data folder refuses to start and the first keeps serving", async () => {
  // The first server makes its database from nothing (initdb, migrations, the seed) first.
  test.slow();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-lock-e2e-"));
  const first = startServer(3296, { DATA_DIR: dataDir });
  try {
    await waitHealthy(3296);
    const second = startServer(3297, { DATA_DIR: dataDir });
    expect(await second.exitCode).toBe(1);
    const lines = errorLines(second.output());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The data folder .* is in use by another process \(pid \d+\)\./);
    const overview = await fetch("http://127.0.0.1:3296/");
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain("2021年10月現在");
  } finally {
    first.stop();
    await first.exitCode;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("the readiness check says the database answers, its schema is this build's, and whether the cache is shared", async ({
  request,
}) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ready", database: "ok", schema: "current" });
  // Shared through Redis when the run has REDIS_URL (CI), this server's own memory otherwise.
  expect(body.sharedCache).toBe(process.env.REDIS_URL ? "ok" : "none");
});
