import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// The production shape for the cluster tests: two app servers of this build on one Postgres
// database and Redis, nginx in front (deploy/nginx.conf), each on a port of its own.

export type ClusterState = {
  dir: string;
  nginx: { port: number; conf: string; bin: string };
  servers: { name: "A" | "B"; port: number; pid: number }[];
  env: Record<string, string>;
};

/** Where the global set-up leaves the cluster's description for the tests (in CLUSTER_STATE). */
export const readState = (): ClusterState =>
  JSON.parse(fs.readFileSync(process.env.CLUSTER_STATE!, "utf8")) as ClusterState;
export const origin = (port: number) => `http://127.0.0.1:${port}`;

/** What the tests change in the deployed configuration: a cache lifetime of seconds, not a minute. */
export const TEST_CACHE_SECONDS = 5;
const HTTP_OVERRIDES = `map $upstream_http_cache_control $app_private { ~*(private|no-store) 1; default 0; }`;
const LOCATION_OVERRIDES = [
  "proxy_ignore_headers Cache-Control Expires;",
  `proxy_cache_valid 200 404 ${TEST_CACHE_SECONDS}s;`,
  "proxy_no_cache $app_private;",
  "proxy_cache_bypass $app_private;",
].join(" ");

/** deploy/nginx.conf with its placeholders filled in (as scripts/cluster.sh does), and the tests' overrides. */
export function nginxConf(prefix: string, listen: number, appPorts: number[]): string {
  const upstreams = appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  return fs
    .readFileSync(path.join("deploy", "nginx.conf"), "utf8")
    .replaceAll("@PREFIX@", prefix)
    .replaceAll("@LISTEN@", `127.0.0.1:${listen}`)
    .replace(/^@UPSTREAMS@$/m, upstreams)
    .replace(/# @HTTP_OVERRIDES@.*$/m, HTTP_OVERRIDES)
    .replace(/# @LOCATION_OVERRIDES@.*$/m, LOCATION_OVERRIDES);
}

/** Starts an app server of this build; resolves once its health check answers. */
export async function startServer(port: number, env: Record<string, string>, log: string): Promise<ChildProcess> {
  const out = fs.openSync(log, "a");
  // A server left over on the port would answer the health check in its place.
  const occupied = await fetch(`${origin(port)}/api/health`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`Port ${port} is taken: stop what listens there first.`);
  const child = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", out, out],
    detached: false,
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${origin(port)}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`The server on ${port} stopped: see ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server on ${port} did not answer its health check: see ${log}`);
}

export function nginxBin(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  return execFileSync("sh", ["-c", "command -v nginx"]).toString().trim();
}

/**
 * Polls `check` until it holds; how long after the start the request that saw it was made.
 * What a server shows is what it answers a request made then: a page rendered afresh takes
 * its time to arrive, but it was asked for, and chosen, at that moment.
 */
export async function within(ms: number, check: () => Promise<boolean>, what: string): Promise<number> {
  const started = Date.now();
  for (let asked = started; asked - started <= ms; asked = Date.now()) {
    if (await check()) return asked - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

/** Whether a server accepts new connections on the port (a fresh one: a kept-alive one may outlive its server's listening). */
export const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
