// npm run bench:pages — load on the public report pages of the built app (built first when
// .next/BUILD_ID is missing), on the embedded database with the seeded report, beside a page
// that renders without the database (the accessibility policy) as a reference. 32 connections,
// 10 s per page.
// Prints requests/s and latency percentiles. Figures, not pass/fail: targets belong to notes.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ensureBuild, startNext } from "./support/server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3390);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = ["/accessibility", "/", "/areas/8", "/areas/2/5"];

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
  console.log(`page                 req/s    p50 ms   p99 ms  errors   (${DURATION}s, 32 connections)`);
  for (const page of PAGES) {
    await autocannon({ url: `${server.baseUrl}${page}`, connections: 8, duration: 2 }); // warm up
    const r = await autocannon({ url: `${server.baseUrl}${page}`, connections: 32, duration: DURATION });
    const errors = r.non2xx + r.errors + r.timeouts;
    console.log(`${page.padEnd(20)} ${r.requests.average.toFixed(0).padStart(6)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(errors).padStart(7)}`);
  }
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
