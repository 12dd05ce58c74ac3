// npm run bench:pages — load on the public report pages of the built app (built first when
// .next/BUILD_ID is missing), on the embedded database with the seeded report, beside a page
// prerendered during the build (the accessibility policy) as the reference, in the same run.
// 32 connections, 10 s per page (BENCH_SECONDS), two rounds (BENCH_ROUNDS). Prints requests/s
// (mean), the worst latency percentiles,
// each page's share of the reference's throughput against the target (≥ 70 %, p99 < 200 ms),
// the time of a page's first (uncached) view, and what each page ships: HTML and JavaScript,
// raw and gzipped. Figures, not pass/fail: targets belong to notes.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { ensureBuild, startNext } from "./support/server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3390);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const STATIC = "/accessibility";
const PAGES = [
  ["static (prerendered)", STATIC],
  ["home", "/"],
  ["area", "/areas/2"],
  ["project", "/areas/2/2"],
  ["project, English", "/en/areas/2/2"],
  // The heaviest item and area pages of the seeded report (print pages, whole areas, aside).
  ["heaviest project", "/areas/3/1"],
  ["heaviest area", "/areas/1"],
];
const TARGET_SHARE = 0.7;
const TARGET_P99 = 200;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The page's HTML and every script a current browser loads (not the noModule polyfills), raw and gzipped. */
async function weigh(baseUrl, page) {
  const html = Buffer.from(await (await fetch(baseUrl + page)).arrayBuffer());
  const tags = [...html.toString().matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].filter(
    (m) => !/nomodule/i.test(m[1] + m[3]),
  );
  const scripts = [...new Set(tags.map((m) => m[2]))];
  let js = 0,
    jsGz = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    js += body.length;
    jsGz += gzipSync(body).length;
  }
  return { html: html.length, htmlGz: gzipSync(html).length, js, jsGz, scripts: scripts.length };
}

ensureBuild();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-bench-"));
const server = await startNext({
  port: PORT,
  env: { DATABASE_URL: "", DATA_DIR: dataDir, AUTH_SECRET: randomBytes(32).toString("base64") },
}).catch((e) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  throw e;
});

try {
  console.log("first view (rendered, then cached):");
  for (const [, page] of PAGES.slice(1)) {
    const started = performance.now();
    const response = await fetch(server.baseUrl + page);
    await response.arrayBuffer();
    const again = await fetch(server.baseUrl + page);
    await again.arrayBuffer();
    console.log(
      `  ${page.padEnd(16)} ${(performance.now() - started).toFixed(0).padStart(5)} ms  (second view: ${again.headers.get("x-nextjs-cache")})`,
    );
  }

  // Every page warmed up first, then two rounds in turn, so that no page gains from coming later.
  for (const [, page] of PAGES) await autocannon({ url: `${server.baseUrl}${page}`, connections: 8, duration: 2 });
  const runs = new Map(PAGES.map(([, page]) => [page, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [, page] of PAGES)
      runs.get(page).push(await autocannon({ url: `${server.baseUrl}${page}`, connections: 32, duration: DURATION }));
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `\npage                 path              req/s   p50 ms   p99 ms  errors  share  (mean of ${ROUNDS} rounds of ${DURATION}s, 32 connections)`,
  );
  const reference = mean(runs.get(STATIC).map((r) => r.requests.average));
  const verdicts = [];
  for (const [name, page] of PAGES) {
    const rs = runs.get(page);
    const rps = mean(rs.map((r) => r.requests.average));
    const p50 = Math.max(...rs.map((r) => r.latency.p50));
    const p99 = Math.max(...rs.map((r) => r.latency.p99));
    const errors = rs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
    const share = rps / reference;
    if (page !== STATIC)
      verdicts.push(share >= TARGET_SHARE && p99 < TARGET_P99 && errors === 0 ? `${name}: met` : `${name}: MISSED`);
    console.log(
      `${name.padEnd(20)} ${page.padEnd(16)} ${rps.toFixed(0).padStart(6)} ${String(p50).padStart(8)} ${String(p99).padStart(8)} ${String(errors).padStart(7)} ${(share * 100).toFixed(0).padStart(5)}%`,
    );
  }
  console.log(
    `\ntarget: each report page ≥ ${TARGET_SHARE * 100}% of the static page's req/s, p99 < ${TARGET_P99} ms, no errors`,
  );
  for (const v of verdicts) console.log(`  ${v}`);

  console.log("\nwhat a page ships (JavaScript is not needed to read it):");
  console.log("page                 HTML        (gzip)      JS          (gzip)      scripts");
  for (const [name, page] of PAGES) {
    const w = await weigh(server.baseUrl, page);
    console.log(
      `${name.padEnd(20)} ${kb(w.html).padEnd(11)} ${kb(w.htmlGz).padEnd(11)} ${kb(w.js).padEnd(11)} ${kb(w.jsGz).padEnd(11)} ${w.scripts}`,
    );
  }
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
