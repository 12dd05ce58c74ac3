// npm run bench:rounds — a reporting round over 10,000 synthetic projects on the built app
// (built first when .next/BUILD_ID is missing) and the local Postgres server: the round's
// dashboard and the project list's round filters under autocannon, then `npm run reminders`
// for 500 staff against a real SMTP server started here (every digest sent and counted).
// Targets: dashboard p50 < 200 ms, list filters p50 < 100 ms, reminders < 30 s.
//
// Settings (environment): BENCH_SECONDS (10), BENCH_CONNECTIONS (1), BENCH_SYNTHETIC_PROJECTS
// (10000), BENCH_PEOPLE (500), BENCH_DATABASE_URL or DATABASE_URL (the local server; a
// non-local one is refused).
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { SMTPServer } from "smtp-server";
import { loadUrl, printTable } from "./support/load.mjs";
import { createDatabase, dropDatabase, serverUrl, withSql } from "./support/postgres.mjs";
import {
  addBenchAdmin,
  BENCH_ADMIN,
  ensureBuild,
  freePort,
  runScript,
  runScriptAsync,
  startNext,
} from "./support/server.mjs";
import { signIn } from "./support/session.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);
const PROJECTS = Number(process.env.BENCH_SYNTHETIC_PROJECTS ?? 10000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const TARGETS = {
  dashboard: { label: "p50 < 200 ms", met: (r) => r.p50 < 200 },
  list: { label: "p50 < 100 ms", met: (r) => r.p50 < 100 },
  reminders: { label: "< 30 s", met: (r) => r.p50 < 30_000 },
};
const judged = PROJECTS >= 10000 && PEOPLE >= 500;

/** The round and its reports, straight into the tables: a spread of states as a round in its last week has. */
async function fillRound(sql) {
  const today = new Date();
  const period = today.toISOString().slice(0, 7);
  const deadline = new Date(today.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  const [round] = await sql`
    insert into reporting_rounds (period, title_ja, title_en, deadline, area_scope)
    values (${period}, ${`${period} の進捗報告（ベンチマーク）`}, 'Benchmark round', ${deadline},
      (select array_agg(number order by number) from areas))
    returning id`;
  await sql`
    insert into round_reports (round_id, project_id, area_number, state, approved_activity_at, review_comment)
    select ${round.id}, p.id, p.area_number, s.state::round_report_state,
      case when s.state = 'approved' then p.last_activity_at end,
      case when s.state = 'returned' then '追記をお願いします' end
    from projects p, lateral (select case (abs(hashtext(p.id::text)) % 10)
      when 0 then 'returned' when 1 then 'submitted' when 2 then 'submitted'
      when 3 then 'approved' when 4 then 'approved' when 5 then 'approved'
      else 'not_started' end as state) s`;
  return round.id;
}

/** PEOPLE staff spread over the areas: editors, reviewers, a few admins; all with digests on. */
async function addPeople(sql) {
  const [{ hash }] = await sql`select password_hash as hash from users where email = ${BENCH_ADMIN}`;
  await sql`
    insert into users (email, name, password_hash, role, area_scope)
    select 'bench-' || g || '@example.test', '試験職員' || g, ${hash},
      (case when g % 50 = 0 then 'admin' when g % 4 = 0 then 'reviewer' else 'editor' end)::role,
      case when g % 50 = 0 then '{}'::smallint[] else array[(g % 9) + 1]::smallint[] end
    from generate_series(1, ${PEOPLE - 1}) g`;
}

function startSmtp() {
  let mails = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        mails += 1;
        callback();
      });
    },
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `smtp://127.0.0.1:${server.server.address().port}`,
        count: () => mails,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

async function measure(rows, row, kind, fn) {
  try {
    Object.assign(row, await fn());
    row.target = TARGETS[kind].label;
    row.verdict = judged ? (TARGETS[kind].met(row) ? "meets target" : "MISSES target") : "reference";
  } catch (e) {
    row.error = e instanceof Error ? e.message.split("\n")[0] : String(e);
  }
  rows.push(row);
  console.log(
    row.error ? `  ${row.scenario}: FAILED: ${row.error}` : `  ${row.scenario}: p50 ${row.p50.toFixed(1)} ms`,
  );
}

serverUrl();
ensureBuild();
console.log(
  `Rounds benchmark: ${PROJECTS} projects, ${PEOPLE} staff; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}.`,
);
const rows = [];
const dbUrl = await createDatabase("rounds");
let server;
let smtp;
try {
  runScript("scripts/seed-synthetic.ts", ["--projects", String(PROJECTS)], { DATABASE_URL: dbUrl });
  const password = addBenchAdmin(dbUrl);
  const roundId = await withSql(dbUrl, async (sql) => {
    await addPeople(sql);
    return fillRound(sql);
  });
  server = await startNext({
    port: await freePort(),
    env: { DATABASE_URL: dbUrl, AUTH_SECRET: randomBytes(32).toString("base64") },
  });
  const cookie = await signIn(server.baseUrl, BENCH_ADMIN, password);
  const dataset = `synthetic ${PROJECTS / 1000}k`;
  const load = (path) => async () => {
    const r = await fetch(`${server.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
    if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}`);
    return loadUrl(`${server.baseUrl}${path}`, { connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
  };
  await measure(rows, { dataset, scenario: "round dashboard" }, "dashboard", load(`/staff/rounds/${roundId}`));
  for (const filter of ["submitted", "changed", "overdue", "not_started"])
    await measure(
      rows,
      { dataset, scenario: `list, round filter ${filter}` },
      "list",
      load(`/staff/projects?round=${roundId}&report=${filter}`),
    );
  await server.stop();
  server = undefined;

  smtp = await startSmtp();
  await measure(rows, { dataset: `${PEOPLE} staff`, scenario: "npm run reminders" }, "reminders", async () => {
    const began = performance.now();
    const out = await runScriptAsync("scripts/reminders.ts", [], { DATABASE_URL: dbUrl, SMTP_URL: smtp.url });
    const seconds = (performance.now() - began) / 1000;
    console.log(`  ${out}`);
    console.log(`  the SMTP server received ${smtp.count()} mails`);
    return {
      rps: smtp.count() / seconds,
      p50: seconds * 1000,
      p95: seconds * 1000,
      p99: seconds * 1000,
      requests: smtp.count(),
    };
  });
  // Again the same day: nobody gets a second digest.
  const before = smtp.count();
  console.log(
    `  second run: ${await runScriptAsync("scripts/reminders.ts", [], { DATABASE_URL: dbUrl, SMTP_URL: smtp.url })}`,
  );
  console.log(`  mails in the second run: ${smtp.count() - before}`);
} finally {
  await server?.stop().catch(() => {});
  await smtp?.close().catch(() => {});
  await dropDatabase(dbUrl);
}
printTable("Reporting rounds (targets at 10,000 projects and 500 staff)", rows);
process.exit(rows.some((r) => r.error) ? 1 : 0);
