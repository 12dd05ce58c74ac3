// npm run bench:staff — the staff screens under load on the built app (built first when
// .next/BUILD_ID is missing) and the local Postgres server, at two sizes: the seeded report
// (44 projects) and 10,000 synthetic projects. For each data set: a throw-away database,
// an admin account, `next start` on a free port, a sign-in over HTTP; then the project list
// (first page, filtered, searched) under autocannon and a loop of milestone saves through
// the server action. Prints req/s and p50/p95/p99 per scenario beside the targets; any
// answer other than 200 fails the scenario (and the command) instead of giving figures.
//
// Settings (environment): BENCH_SECONDS (10), BENCH_CONNECTIONS (1: the latency one member of
// staff sees; 2 or more measures staff working at once, queued on the single-threaded
// server), BENCH_SAVES (200), BENCH_SAVE_CONCURRENCY (2), BENCH_SEARCH (温室),
// BENCH_DATASETS (seeded,synthetic), BENCH_SYNTHETIC_PROJECTS (10000), BENCH_DATABASE_URL or
// DATABASE_URL (the local server; a non-local one is refused).
import { randomBytes } from "node:crypto";
import os from "node:os";
import { callAction, findActionId, pagePath } from "./support/actions.mjs";
import { loadUrl, printTable, summarize } from "./support/load.mjs";
import { createDatabase, dropDatabase, serverUrl, withSql } from "./support/postgres.mjs";
import { addBenchAdmin, BENCH_ADMIN, ensureBuild, freePort, runScript, startNext } from "./support/server.mjs";
import { signIn } from "./support/session.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);
const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const SAVE_CONCURRENCY = Number(process.env.BENCH_SAVE_CONCURRENCY ?? 2);
const SEARCH_WORD = process.env.BENCH_SEARCH ?? "温室";
const SYNTHETIC_PROJECTS = Number(process.env.BENCH_SYNTHETIC_PROJECTS ?? 10000);

const DATASETS = [
  { key: "seeded", label: "seeded report", judged: false, load: (env) => runScript("scripts/db.ts", ["seed"], env) },
  {
    key: "synthetic",
    label: `synthetic ${SYNTHETIC_PROJECTS / 1000}k`,
    judged: SYNTHETIC_PROJECTS >= 10000,
    load: (env) => runScript("scripts/seed-synthetic.ts", ["--projects", String(SYNTHETIC_PROJECTS)], env),
  },
].filter((d) => !process.env.BENCH_DATASETS || process.env.BENCH_DATASETS.split(",").includes(d.key));

const LIST_PAGES = [
  { scenario: "list, first page", path: "/staff/projects" },
  { scenario: "list, area 3 in progress", path: "/staff/projects?area=3&lifecycle=in_progress" },
  { scenario: `list, search ${SEARCH_WORD}`, path: `/staff/projects?q=${encodeURIComponent(SEARCH_WORD)}` },
];
// Targets hold at 10,000 projects; the seeded report's figures are a reference.
const TARGETS = {
  list: { label: "p50 < 100 ms", met: (r) => r.p50 < 100 },
  save: { label: "p95 < 150 ms", met: (r) => r.p95 < 150 },
};

// --- saving a milestone through its server action -------------------------------------------
export const SAVE_ACTION = {
  exportName: "saveMilestoneAction",
  filename: "app/staff/projects/[id]/milestones/actions.ts",
};

/** A stored partial date as the milestone form sends it: strings, "" where there is none. */
function formDate(date, precision) {
  if (!date) return { precision: "", year: "", month: "", day: "" };
  const [y, m, d] = date.split("-").map(Number);
  const withMonth = precision === "day" || precision.startsWith("month");
  return { precision, year: String(y), month: withMonth ? String(m) : "", day: precision === "day" ? String(d) : "" };
}

/**
 * Saves milestones one after another in SAVE_CONCURRENCY loops (each loop owns its
 * milestones), each save sending the version it last saw and keeping the one it gets back,
 * as an editor's form does. Returns the figures of the timed saves (after one warm-up each).
 */
async function saveMilestones({ baseUrl, cookie, dbUrl }) {
  const action = findActionId(SAVE_ACTION.exportName, SAVE_ACTION.filename);
  const rows = await withSql(
    dbUrl,
    (sql) => sql`
    select distinct on (project_id) id, project_id, version, title_ja, title_en, status::text,
      planned_date::text, planned_precision::text, actual_date::text, actual_precision::text
    from milestones order by project_id, sort_order limit ${SAVE_CONCURRENCY * 4}`,
  );
  if (rows.length === 0) throw new Error("no milestones to save");
  const page = action.pages.find((p) => p.includes("projects/[id]") && pagePath(p, { id: "x" }));
  if (!page)
    throw new Error(
      `${SAVE_ACTION.exportName} is in no page under /staff/projects/[id] (pages: ${action.pages.join(", ") || "none"})`,
    );
  const milestones = rows.map((m) => ({ ...m, path: pagePath(page, { id: m.project_id }), edits: 0 }));

  const save = async (m) => {
    m.edits += 1;
    const input = {
      id: m.id,
      version: m.version,
      titleJa: m.title_ja,
      titleEn: `${m.title_en} (bench ${m.edits})`,
      status: m.status,
      planned: formDate(m.planned_date, m.planned_precision),
      actual: formDate(m.actual_date, m.actual_precision),
    };
    const { result, ms } = await callAction(baseUrl, m.path, action.id, [input], cookie);
    if (!result || result.ok !== true || typeof result.data?.version !== "number") {
      throw new Error(`save of milestone ${m.id} refused: ${JSON.stringify(result).slice(0, 300)}`);
    }
    m.version = result.data.version;
    return ms;
  };

  for (const m of milestones) await save(m); // warm-up: every path compiled and cached once
  const latencies = [];
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: SAVE_CONCURRENCY }, async (_, loop) => {
      const mine = milestones.filter((_, i) => i % SAVE_CONCURRENCY === loop);
      for (let k = 0; started < SAVES; k++) {
        started += 1;
        latencies.push(await save(mine[k % mine.length]));
      }
    }),
  );
  return summarize(latencies, (performance.now() - begin) / 1000);
}

// --- the run --------------------------------------------------------------------------------
/** One GET must answer 200 before load is put on the page: a 404 or a redirect is an error. */
async function expectOk(baseUrl, path, cookie) {
  const r = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: { cookie } });
  if (r.status === 200) return;
  const where = r.headers.get("location");
  throw new Error(
    `GET ${path} answered ${r.status}${where ? ` (to ${where})` : ""}${r.status === 404 ? ": is the page in this build?" : ""}`,
  );
}

async function scenario(rows, base, kind, measure) {
  const row = { ...base, target: TARGETS[kind].label };
  try {
    Object.assign(row, await measure());
    row.verdict = base.judged ? (TARGETS[kind].met(row) ? "meets target" : "MISSES target") : "reference";
  } catch (e) {
    row.error = e instanceof Error ? e.message : String(e);
  }
  rows.push(row);
  console.log(
    row.error
      ? `  ${row.scenario}: FAILED: ${row.error}`
      : `  ${row.scenario}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms`,
  );
}

const cleanups = new Set();
async function cleanUp() {
  for (const fn of [...cleanups].reverse()) await fn().catch((e) => console.error(`clean-up: ${e.message}`));
  cleanups.clear();
}
process.on("SIGINT", () => cleanUp().finally(() => process.exit(130)));

async function benchDataset(dataset, rows) {
  const dbUrl = await createDatabase(dataset.key);
  const dropDb = () => dropDatabase(dbUrl);
  cleanups.add(dropDb);
  try {
    const began = performance.now();
    dataset.load({ DATABASE_URL: dbUrl });
    const [{ projects, matching }] = await withSql(
      dbUrl,
      (sql) => sql`select count(*)::int as projects,
      count(*) filter (where title_ja like ${`%${SEARCH_WORD}%`} or title_en ilike ${`%${SEARCH_WORD}%`})::int as matching from projects`,
    );
    console.log(
      `\n${dataset.label}: ${projects} projects loaded in ${((performance.now() - began) / 1000).toFixed(1)} s (${matching} titles contain ${SEARCH_WORD})`,
    );
    const password = addBenchAdmin(dbUrl);
    const server = await startNext({
      port: await freePort(),
      env: { DATABASE_URL: dbUrl, AUTH_SECRET: randomBytes(32).toString("base64") },
    });
    cleanups.add(server.stop);
    try {
      const cookie = await signIn(server.baseUrl, BENCH_ADMIN, password);
      const base = { dataset: dataset.label, judged: dataset.judged };
      for (const { scenario: name, path } of LIST_PAGES) {
        await scenario(rows, { ...base, scenario: name }, "list", async () => {
          await expectOk(server.baseUrl, path, cookie);
          return loadUrl(`${server.baseUrl}${path}`, {
            connections: CONNECTIONS,
            duration: DURATION,
            headers: { cookie },
          });
        });
      }
      await scenario(rows, { ...base, scenario: `save milestone ×${SAVES}` }, "save", () =>
        saveMilestones({ baseUrl: server.baseUrl, cookie, dbUrl }),
      );
    } finally {
      await server.stop();
      cleanups.delete(server.stop);
    }
  } finally {
    await dropDb();
    cleanups.delete(dropDb);
  }
}

serverUrl(); // refuses a non-local server before anything starts
ensureBuild();
console.log(
  `Staff benchmark: ${DURATION} s per page at ${CONNECTIONS} connections, ${SAVES} saves in ${SAVE_CONCURRENCY} loops.`,
);
// Other work on the machine slows every figure: the load average says how busy it was.
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
console.log(`${os.cpus().length} cores, load average ${load()} at the start.`);
const rows = [];
for (const dataset of DATASETS) {
  try {
    await benchDataset(dataset, rows);
  } catch (e) {
    rows.push({
      dataset: dataset.label,
      scenario: "set-up",
      error: e instanceof Error ? e.message.split("\n")[0] : String(e),
    });
    console.error(e);
  }
}
await cleanUp();
printTable(
  `Staff screens (targets apply at 10,000 projects: list ${TARGETS.list.label}, save ${TARGETS.save.label})`,
  rows,
);
console.log(`Load average at the end: ${load()}.`);
const failures = rows.filter((r) => r.error).length;
if (failures > 0) console.error(`\n${failures} scenario(s) failed: no figures for them.`);
process.exit(failures > 0 ? 1 : 0);
