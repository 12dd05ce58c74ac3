import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxBin, nginxConf, readState, startServer, type ClusterState } from "./cluster";

// Starts the cluster once for the cluster tests: a fresh database on the Postgres server of
// DATABASE_URL (seeded, with an admin of this run), two app servers with the same secrets,
// nginx in front; stops it all and drops the database afterwards.

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] })
    .toString()
    .trim();

export const ADMIN = "admin@cluster.test";

export default async function globalSetup() {
  const { DATABASE_URL, REDIS_URL } = process.env;
  if (!DATABASE_URL || !REDIS_URL) throw new Error("The cluster tests need DATABASE_URL and REDIS_URL.");
  const base = Number(process.env.CLUSTER_TEST_PORT ?? 3230);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-cluster-"));
  // nginx's workers (another user when it starts as root) make its cache and temporary
  // folders themselves, below a folder they may enter.
  fs.chmodSync(dir, 0o755);
  for (const sub of ["logs", "tmp"]) fs.mkdirSync(path.join(dir, sub));

  const db = run("npx", ["tsx", "scripts/test-db.ts", "create"]);
  run("npm", ["run", "--silent", "db:seed"], { DATABASE_URL: db, MIGRATION_DATABASE_URL: "" });
  const password = randomBytes(18).toString("base64url");
  const admin = ["--email", ADMIN, "--name", "クラスタ試験 管理者", "--role", "admin"];
  run("npx", ["tsx", "scripts/user-add.ts", ...admin], { DATABASE_URL: db, USER_PASSWORD: password });
  process.env.CLUSTER_PASSWORD = password;

  const secret = () => randomBytes(32).toString("base64");
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db,
    MIGRATION_DATABASE_URL: "",
    REDIS_URL,
    AUTH_SECRET: secret(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secret(),
    TRUSTED_PROXY_HOPS: "1",
  };
  const ports = [base + 1, base + 2];
  const children = await Promise.all(ports.map((p) => startServer(p, env, path.join(dir, `app-${p}.log`))));
  const bin = nginxBin();
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConf(dir, base, ports));
  try {
    run(bin, ["-p", dir, "-c", conf]);
  } catch (error) {
    for (const child of children) child.kill("SIGKILL");
    throw error;
  }
  const state: ClusterState = {
    dir,
    nginx: { port: base, conf, bin },
    servers: [
      { name: "A", port: ports[0]!, pid: children[0]!.pid! },
      { name: "B", port: ports[1]!, pid: children[1]!.pid! },
    ],
    env,
  };
  process.env.CLUSTER_STATE = path.join(dir, "state.json");
  fs.writeFileSync(process.env.CLUSTER_STATE, JSON.stringify(state));

  return async () => {
    const { servers } = readState();
    for (const { pid } of servers) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // Stopped by a test already.
      }
    }
    try {
      run(bin, ["-p", dir, "-c", conf, "-s", "stop"]);
    } catch {
      // Not running.
    }
    run("npx", ["tsx", "scripts/test-db.ts", "drop", db]);
    if (!process.env.CLUSTER_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  };
}
