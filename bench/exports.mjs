// npm run bench:exports — the downloads of an edition of 10,000 synthetic projects, on the
// built app (built first when .next/BUILD_ID is missing) and the local Postgres server.
// A throw-away database gets the synthetic projects and an admin, who makes and publishes
// an edition through the staff actions. Then, timing each download to its last byte and
// sampling the server's resident memory meanwhile:
//   1. the workbook (XLSX) of the edition, first made (streamed from the stored model) and
//      stored, then served from storage;
//   2. the CSV zip, the same way;
//   3. the JSON;
//   4. the staff export of the live data (XLSX, streamed as it is written), when the build has it.
// Targets, for the edition's downloads: the workbook ready in under 15 s, and the server's
// memory under 500 MB above what it used before the download. The staff export reads the
// live rows and builds their model first, which an edition's stored model spares: its
// figures are printed beside the targets. Prints every figure; a missed target fails it.
//
// Settings (environment): BENCH_SYNTHETIC_PROJECTS (10000), BENCH_DATABASE_URL or DATABASE_URL
// (the local server; a non-local one is refused).
import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import { makeDraft, publish } from "./support/editions.mjs";
import { treeRssMiB, withPeakRss } from "./support/memory.mjs";
import { createDatabase, dropDatabase, serverUrl } from "./support/postgres.mjs";
import { addBenchAdmin, BENCH_ADMIN, ensureBuild, freePort, runScript, startNext } from "./support/server.mjs";
import { signIn } from "./support/session.mjs";

const PROJECTS = Number(process.env.BENCH_SYNTHETIC_PROJECTS ?? 10000);
const XLSX_TARGET_MS = 15_000;
const MEMORY_TARGET_MIB = 500;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Downloads `path` to its last byte, hashing it as it arrives (the body is never kept). */
async function download(server, path, headers = {}) {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}${path}`, { headers });
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of response.body) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { ms: performance.now() - started, bytes, sha256: hash.digest("hex"), firstByte: 0 };
}

async function measured(server, label, path, headers) {
  const before = treeRssMiB(server.child.pid);
  const { result, peakMiB } = await withPeakRss(server.child.pid, () => download(server, path, headers));
  const extra = peakMiB - before;
  console.log(
    `${label.padEnd(36)} ${seconds(result.ms).padStart(8)}  ${(result.bytes / 1024 / 1024).toFixed(1).padStart(6)} MB  server memory +${extra.toFixed(0)} MiB (peak ${peakMiB.toFixed(0)} MiB)`,
  );
  return { ...result, extra };
}

async function main() {
  serverUrl();
  ensureBuild();
  console.log(
    `Exports benchmark: ${PROJECTS} synthetic projects. ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}.`,
  );
  const dbUrl = await createDatabase("exports");
  let server;
  try {
    runScript("scripts/seed-synthetic.ts", ["--projects", String(PROJECTS)], { DATABASE_URL: dbUrl });
    const password = addBenchAdmin(dbUrl);
    server = await startNext({
      port: await freePort(),
      env: { DATABASE_URL: dbUrl, AUTH_SECRET: randomBytes(32).toString("base64") },
    });
    const cookie = await signIn(server.baseUrl, BENCH_ADMIN, password);
    const { draft } = await makeDraft(server, cookie, "2030-01");
    await publish(server, cookie, draft);
    const listed = await (await fetch(`${server.baseUrl}/api/v1/editions`)).json();
    // The listing made the files already (it gives their sizes): the first download below is
    // made afresh from a second edition, so that making is measured too.
    const { draft: second } = await makeDraft(server, cookie, "2030-02");
    await publish(server, cookie, second);
    console.log(`\nserver memory at rest: ${treeRssMiB(server.child.pid).toFixed(0)} MiB\n`);

    const made = await measured(server, "XLSX, made and stored (2030-02)", "/api/v1/editions/2030-02/xlsx");
    const stored = await measured(server, "XLSX, from storage", "/api/v1/editions/2030-02/xlsx");
    await measured(server, "CSV zip, made and stored", "/api/v1/editions/2030-02/csv");
    await measured(server, "CSV zip, from storage", "/api/v1/editions/2030-02/csv");
    await measured(server, "JSON", "/api/v1/editions/2030-02");
    let live = null;
    try {
      live = await measured(server, "staff export, live data (XLSX)", "/staff/import/export?format=xlsx", { cookie });
    } catch (e) {
      console.log(`staff export: not measured (${e.message.slice(0, 80)})`);
    }
    const listedXlsx = listed.editions[0].downloads.find((d) => d.format === "xlsx");
    const check = await download(server, "/api/v1/editions/2030-01/xlsx");
    console.log(
      `\n2030-01 workbook: listed sha256 ${listedXlsx.sha256.slice(0, 12)}…, downloaded ${check.sha256.slice(0, 12)}… (${listedXlsx.sha256 === check.sha256 ? "same" : "DIFFERENT"})`,
    );

    const worst = Math.max(made.extra, stored.extra);
    const xlsxOk = made.ms < XLSX_TARGET_MS;
    const memoryOk = worst < MEMORY_TARGET_MIB;
    console.log(
      `Edition XLSX ready in under ${seconds(XLSX_TARGET_MS)}: ${xlsxOk ? "met" : "MISSED"} (made ${seconds(made.ms)}, from storage ${seconds(stored.ms)})`,
    );
    console.log(
      `Server memory under +${MEMORY_TARGET_MIB} MiB for the edition's workbook: ${memoryOk ? "met" : "MISSED"} (worst +${worst.toFixed(0)} MiB)`,
    );
    if (live)
      console.log(
        `Staff export of the live data: ${seconds(live.ms)}, +${live.extra.toFixed(0)} MiB (${live.ms < XLSX_TARGET_MS && live.extra < MEMORY_TARGET_MIB ? "within" : "outside"} the same targets)`,
      );
    process.exitCode = xlsxOk && memoryOk && listedXlsx.sha256 === check.sha256 ? 0 : 1;
  } finally {
    await server?.stop();
    await dropDatabase(dbUrl);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
