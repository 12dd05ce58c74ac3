// npm run bench:cluster — the public report through nginx in front of two app servers
// (npm run cluster: the local Postgres server and Redis), beside nginx serving a static file
// of the same size as the heaviest page in the same run, and straight from one app server.
// Pages: the home page, an area and the heaviest item (3-①). 32 connections, BENCH_SECONDS
// (10) per page. Target: through nginx, each page at least 0.8 of the static file's
// requests per second. Figures, not pass/fail: targets belong to notes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ensureBuild, ROOT } from "./support/server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8290);
const STATIC_PORT = PORT + 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_SHARE = 0.8;
const PAGES = [
  ["home", "/"],
  ["area", "/areas/1"],
  ["heaviest item (3-①)", "/areas/3/1"],
];

ensureBuild();
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-bench-static-"));
fs.chmodSync(staticDir, 0o755);
// nginx serves the static file from a server of its own in the same instance.
const extra = `server { listen 127.0.0.1:${STATIC_PORT}; location / { root ${staticDir}; } }`;
const cluster = spawn("bash", [path.join(ROOT, "scripts", "cluster.sh")], {
  cwd: ROOT,
  env: { ...process.env, CLUSTER_PORT: String(PORT), CLUSTER_HTTP_EXTRA: extra },
  stdio: ["ignore", "pipe", "inherit"],
});
const ready = new Promise((resolve, reject) => {
  let out = "";
  cluster.stdout.on("data", (chunk) => {
    out += chunk;
    if (out.includes("Through nginx:")) resolve();
  });
  cluster.on("exit", (code) => reject(new Error(`npm run cluster stopped (${code})`)));
});

const run = (url) => autocannon({ url, connections: 32, duration: DURATION });
const row = (name, target, r, reference) =>
  `${name.padEnd(22)} ${target.padEnd(7)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.non2xx + r.errors + r.timeouts).padStart(7)} ${reference ? `${((r.requests.average / reference) * 100).toFixed(0)}%`.padStart(6) : ""}`;

try {
  await ready;
  const nginx = `http://127.0.0.1:${PORT}`;
  const app = `http://127.0.0.1:${PORT + 1}`;
  const heaviest = Buffer.from(await (await fetch(`${nginx}/areas/3/1`)).arrayBuffer());
  fs.writeFileSync(path.join(staticDir, "static.html"), heaviest);
  fs.chmodSync(path.join(staticDir, "static.html"), 0o644);
  const staticUrl = `http://127.0.0.1:${STATIC_PORT}/static.html`;
  // Warm every cache first.
  for (const url of [staticUrl, ...PAGES.flatMap(([, p]) => [nginx + p, app + p])])
    await autocannon({ url, connections: 4, duration: 1 });

  console.log(
    `\n(${DURATION} s each, 32 connections; the static file is ${(heaviest.length / 1024).toFixed(0)} KB, as 3-①)`,
  );
  console.log("page                   via       req/s  p50 ms  p99 ms  errors  share of static");
  const reference = await run(staticUrl);
  console.log(row("static file", "nginx", reference, null));
  const verdicts = [];
  for (const [name, page] of PAGES) {
    const through = await run(nginx + page);
    const share = through.requests.average / reference.requests.average;
    verdicts.push(`${name}: ${share >= TARGET_SHARE ? "met" : "MISSED"} (${(share * 100).toFixed(0)}%)`);
    console.log(row(name, "nginx", through, reference.requests.average));
    console.log(row(name, "app A", await run(app + page), reference.requests.average));
  }
  console.log(`\ntarget: through nginx, each page ≥ ${TARGET_SHARE * 100}% of the static file's req/s`);
  for (const v of verdicts) console.log(`  ${v}`);
} finally {
  cluster.kill("SIGTERM");
  await new Promise((resolve) => cluster.once("exit", resolve));
  fs.rmSync(staticDir, { recursive: true, force: true });
}
