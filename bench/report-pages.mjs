// npm run bench:pages — load on the public report pages of the built app (run `npm run build`
// first), on the embedded database with the seeded report, beside a page that renders without
// the database (the accessibility policy) as a reference. 32 connections, 10 s per page.
// Prints requests/s and latency percentiles. Figures, not pass/fail: targets belong to notes.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3390);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = ["/accessibility", "/", "/areas/8", "/areas/2/5"];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-bench-"));
const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(PORT)], {
  env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, AUTH_SECRET: randomBytes(32).toString("base64"), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

try {
  await waitHealthy();
  console.log(`page                 req/s    p50 ms   p99 ms  errors   (${DURATION}s, 32 connections)`);
  for (const page of PAGES) {
    await autocannon({ url: `http://127.0.0.1:${PORT}${page}`, connections: 8, duration: 2 }); // warm up
    const r = await autocannon({ url: `http://127.0.0.1:${PORT}${page}`, connections: 32, duration: DURATION });
    const errors = r.non2xx + r.errors + r.timeouts;
    console.log(`${page.padEnd(20)} ${r.requests.average.toFixed(0).padStart(6)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(errors).padStart(7)}`);
  }
} finally {
  server.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
}
