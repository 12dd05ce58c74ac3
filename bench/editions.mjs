// npm run bench:editions — making and publishing an edition of 10,000 synthetic projects on the
// built app (built first when .next/BUILD_ID is missing) and the local Postgres server. A
// throw-away database gets the synthetic projects and an admin account; `next start` runs on
// a free port; then, through the same server actions the staff editions page calls:
//   1. make a draft from the live data, polling the progress the admin sees meanwhile;
//   2. publish it;
//   3. read its public overview (first view: the stored model is parsed; then from memory);
//   4. make and publish a second edition after changing some milestones, and open the page of
//      changes between the two.
// Target: making and publishing together under 10 s. Prints every figure; a refusal fails it.
//
// Settings (environment): BENCH_SYNTHETIC_PROJECTS (10000), BENCH_DATABASE_URL or DATABASE_URL
// (the local server; a non-local one is refused).
import { randomBytes } from "node:crypto";
import os from "node:os";
import { callAction, findActionId } from "./support/actions.mjs";
import { EDITIONS_PAGE_FILE as FILE, makeDraft, publish } from "./support/editions.mjs";
import { createDatabase, dropDatabase, serverUrl, withSql } from "./support/postgres.mjs";
import { addBenchAdmin, BENCH_ADMIN, ensureBuild, freePort, runScript, startNext } from "./support/server.mjs";
import { signIn } from "./support/session.mjs";

const PROJECTS = Number(process.env.BENCH_SYNTHETIC_PROJECTS ?? 10000);
const TARGET_MS = 10_000;

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function timedGet(server, path) {
  const started = performance.now();
  const r = await fetch(`${server.baseUrl}${path}`);
  const body = await r.text();
  if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}`);
  return { ms: performance.now() - started, bytes: Buffer.byteLength(body) };
}

async function main() {
  serverUrl();
  ensureBuild();
  console.log(
    `Editions benchmark: ${PROJECTS} synthetic projects. ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}.`,
  );
  const dbUrl = await createDatabase("editions");
  let server;
  try {
    const began = performance.now();
    runScript("scripts/seed-synthetic.ts", ["--projects", String(PROJECTS)], { DATABASE_URL: dbUrl });
    console.log(`Loaded in ${seconds(performance.now() - began)}.`);
    const password = addBenchAdmin(dbUrl);
    server = await startNext({
      port: await freePort(),
      env: { DATABASE_URL: dbUrl, AUTH_SECRET: randomBytes(32).toString("base64") },
    });
    const cookie = await signIn(server.baseUrl, BENCH_ADMIN, password);

    // Warm-up: a refused call loads the action's code and opens the connections, so that the
    // figures below are those of a running server, not of its first request.
    await callAction(
      server.baseUrl,
      "/staff/editions",
      findActionId("createEditionAction", FILE).id,
      [{ period: "bad", titleJa: "", titleEn: "" }],
      cookie,
    );
    const first = await makeDraft(server, cookie, "2030-01");
    console.log(`\nMake a draft: ${seconds(first.ms)}; the admin saw: ${first.steps.join(", ") || "(no step polled)"}`);
    const publishMs = await publish(server, cookie, first.draft);
    const total = first.ms + publishMs;
    const [{ mb, sha256 }] = await withSql(
      dbUrl,
      (sql) =>
        sql`select round(octet_length(content) / 1e6, 1)::text mb, sha256 from editions where id = ${first.draft.id}`,
    );
    console.log(`Publish: ${seconds(publishMs)} (content ${mb} MB, sha256 ${sha256.slice(0, 12)}…)`);
    console.log(
      `Make and publish: ${seconds(total)}; target under ${seconds(TARGET_MS)}: ${total < TARGET_MS ? "met" : "MISSED"}`,
    );

    const cold = await timedGet(server, "/reports/2030-01");
    const warm = await timedGet(server, "/reports/2030-01");
    console.log(
      `Public overview of the edition: first view ${seconds(cold.ms)}, then ${seconds(warm.ms)} (${(warm.bytes / 1024).toFixed(0)} KB)`,
    );

    await withSql(
      dbUrl,
      (sql) => sql`update milestones set status = 'completed', actual_date = '2030-01-15', actual_precision = 'day'
      where id in (select id from milestones where status <> 'completed' order by id limit 500)`,
    );
    const second = await makeDraft(server, cookie, "2030-02");
    await publish(server, cookie, second.draft);
    const changes = await timedGet(server, "/reports/2030-02/changes");
    const again = await timedGet(server, "/reports/2030-02/changes");
    console.log(
      `Changes page (500 milestones completed): first view ${seconds(changes.ms)}, then ${seconds(again.ms)} (${(changes.bytes / 1024).toFixed(0)} KB)`,
    );
    process.exitCode = total < TARGET_MS ? 0 : 1;
  } finally {
    await server?.stop();
    await dropDatabase(dbUrl);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
