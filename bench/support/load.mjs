// Measuring: autocannon for pages (with every response time kept, for exact percentiles),
// a plain timer for sequential calls, and the table the figures are printed in.
import autocannon from "autocannon";

export function percentile(sortedMs, p) {
  if (sortedMs.length === 0) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)];
}

export function summarize(latenciesMs, seconds) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/**
 * GET load on one URL. Fails (throws) when any answer is not 2xx or a request errs: a page
 * that answers 404 or a redirect to sign-in must never be reported as fast.
 */
export async function loadUrl(url, { connections, duration, headers = {}, warmup = 2 }) {
  if (warmup > 0) await autocannon({ url, connections: Math.min(connections, 4), duration: warmup, headers });
  const latencies = [];
  const instance = autocannon({ url, connections, duration, headers });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const r = await instance;
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0) {
    const codes = Object.entries(r.statusCodeStats ?? {})
      .map(([code, { count }]) => `${code}×${count}`)
      .join(", ");
    throw new Error(
      `${bad} of ${r.requests.sent} requests failed (status ${codes || "none"}, ${r.errors} errors, ${r.timeouts} timeouts)`,
    );
  }
  return summarize(latencies, r.duration);
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : "—");
// Japanese characters take two columns in a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const width = (s) => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);
const padEnd = (s, w) => s + " ".repeat(Math.max(0, w - width(s)));
const padStart = (s, w) => " ".repeat(Math.max(0, w - width(s))) + s;

/** Prints rows of { dataset, scenario, rps, p50, p95, p99, requests, target, verdict, error }. */
export function printTable(title, rows) {
  const head = ["data set", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "n", "target", "result"];
  const body = rows.map((r) =>
    r.error
      ? [r.dataset, r.scenario, "—", "—", "—", "—", "—", r.target ?? "", `FAILED: ${r.error}`]
      : [
          r.dataset,
          r.scenario,
          r.rps.toFixed(1),
          ms(r.p50),
          ms(r.p95),
          ms(r.p99),
          String(r.requests),
          r.target ?? "",
          r.verdict ?? "",
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (i === 8 ? 0 : width(row[i])))));
  const line = (cells) =>
    cells
      .map((c, i) => (i >= 2 && i <= 6 ? padStart(c, widths[i]) : padEnd(c, widths[i])))
      .join("  ")
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of body) console.log(line(row));
}
