// Starting the built app for a benchmark: build it when there is no build, pick a free
// port, start `next start` and wait until it answers its health check.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

/** Runs `next build` when `.next/BUILD_ID` is missing; a failed build stops the benchmark. */
export function ensureBuild() {
  if (fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("No build found (.next/BUILD_ID): running next build…");
  const r = spawnSync(bin("next"), ["build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed: no figures without a build");
}

/** A TCP port nothing listens on right now (on the loopback address). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The same, without blocking this process's event loop: for a script that talks to something
 * this process serves (the SMTP server of bench:rounds).
 */
export function runScriptAsync(script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("tsx"), [path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("close", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${script} failed:\n${out}`))));
  });
}

/** Runs a TypeScript entry point of the repo to completion; throws with its output when it fails. */
export function runScript(script, args, env) {
  const r = spawnSync(bin("tsx"), [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed:\n${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

export async function waitHealthy(baseUrl, child) {
  for (let i = 0; i < 120; i++) {
    if (child && child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start within 60 s");
}

/** Starts `next start` on the loopback address; `stop()` ends it (by its own pid). */
export async function startNext({ port, env }) {
  const child = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (d) => {
    log = (log + d).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  try {
    await waitHealthy(baseUrl, child);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}; its last output:\n${log}`);
  }
  return { baseUrl, child, stop, log: () => log };
}

/** The admin every benchmark signs in as. */
export const BENCH_ADMIN = "bench-admin@example.test";

/** Adds the benchmark's admin to the database, with a password made for this run; the password. */
export function addBenchAdmin(dbUrl) {
  const password = randomBytes(18).toString("base64url");
  runScript("scripts/user-add.ts", ["--email", BENCH_ADMIN, "--name", "Benchmark admin", "--role", "admin"], {
    DATABASE_URL: dbUrl,
    USER_PASSWORD: password,
  });
  return password;
}
