import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import postgres from "postgres";
import { makeDraft } from "../support/editions";
import { openPlannedMilestone } from "../support/milestones";
import { listening, origin, readState, startServer, TEST_CACHE_SECONDS, within } from "./cluster";
import { ADMIN } from "./global-setup";

// Two app servers and nginx, as deploy/ describes them, behaving as one site. One story, in
// order: the last two tests stop the servers.
test.describe.configure({ mode: "serial" });

const cluster = () => readState();
const port = (name: "A" | "B") => cluster().servers.find((s) => s.name === name)!.port;
const server = (name: "A" | "B") => origin(port(name));
const nginx = () => origin(cluster().nginx.port);
const text = (url: string) => fetch(url).then((r) => (r.ok ? r.text() : ""));
const PUBLIC_PAGES = ["/", "/areas/1", "/areas/3/1", "/en", "/en/areas/2", "/map", "/reports/2021-10"];

async function adminOn(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(ADMIN);
  await page.getByLabel("パスワード").fill(process.env.CLUSTER_PASSWORD!);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

function stop(name: "A" | "B") {
  process.kill(cluster().servers.find((s) => s.name === name)!.pid, "SIGTERM");
}

test("a publication through server A is on server B within 2 s, and through nginx within 2 s and the cache's lifetime", async ({
  browser,
}) => {
  // Both servers and nginx have the current edition in their caches.
  for (const base of [server("A"), server("B"), nginx(), nginx()])
    expect(await text(`${base}/`)).toContain("2021年10月現在");

  const admin = await adminOn(browser, server("A"));
  const row = await makeDraft(admin, "2031-01", "2031年1月現在", "As of January 2031");
  await row.getByRole("button", { name: "公開する" }).click();
  await expect(row).toContainText("公開中");

  const onB = await within(2000, async () => (await text(`${server("B")}/`)).includes("2031年1月現在"), "B's home");
  await within(2000, async () => (await text(`${server("B")}/en`)).includes("January 2031"), "B's English home");
  const listed = await fetch(`${server("B")}/api/v1/editions`).then(
    (r) => r.json() as Promise<{ editions: { period: string }[] }>,
  );
  expect(listed.editions.map((e) => e.period)).toContain("2031-01");
  expect(await text(`${server("B")}/reports`)).toContain("2031-01");
  const viaNginx = await within(
    (2 + TEST_CACHE_SECONDS + 1) * 1000,
    async () => (await text(`${nginx()}/`)).includes("2031年1月現在"),
    "nginx's home",
  );
  console.log(`the new edition on B after ${onB} ms, through nginx after ${viaNginx} ms`);
  await admin.context().close();
});

test("a poll of an edition being made answers with its progress from either server", async ({ browser }) => {
  const admin = await adminOn(browser, server("A"));
  let job = "";
  admin.on("request", (request) => {
    const found = /"job":"([0-9a-f-]{36})"/.exec(request.postData() ?? "");
    if (request.method() === "POST" && found) job = found[1]!;
  });
  await makeDraft(admin, "2031-02", "2031年2月現在");
  expect(job).not.toBe("");
  for (const base of [server("A"), server("B")]) {
    const response = await admin.context().request.get(`${base}/staff/editions/progress?job=${job}`);
    expect(response.status(), base).toBe(200);
    expect(await response.json(), base).toEqual({ step: 3, steps: 3, key: "store" });
  }
  await admin.context().close();
});

type NginxLine = { id: string; method: string; url: string; status: number; upstream: string };
type AppLine = { reqId?: string; req?: { method: string; url: string }; res?: { status: number } };
const jsonLines = <T>(file: string, from = 0): T[] =>
  fs
    .readFileSync(file, "utf8")
    .slice(from)
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as T);

test("a staff member signs in through nginx and edits, their requests going to both servers; the change's request id is in every log", async ({
  browser,
}) => {
  const log = path.join(cluster().dir, "logs", "access.log");
  const before = fs.readFileSync(log, "utf8").length;
  const admin = await adminOn(browser, nginx());
  const milestone = await openPlannedMilestone(admin);
  const name = milestone.getByLabel("名称（日本語）");
  const renamed = `${await name.inputValue()}（クラスタ試験）`;
  await name.fill(renamed);
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByRole("status")).toHaveText("保存しました。");
  await admin.reload();
  await expect(admin.locator("summary", { hasText: renamed })).toHaveCount(1);
  // No sticky sessions: nginx sent this person's requests to both servers.
  const lines = jsonLines<NginxLine>(log, before).filter((l) => l.url.startsWith("/staff"));
  for (const { port } of cluster().servers)
    expect(
      lines.some((l) => l.upstream === `127.0.0.1:${port}`),
      `${port}`,
    ).toBe(true);

  // The save's audit row holds the id nginx gave the request, and the server that answered
  // logged its line under that id.
  const sql = postgres(cluster().env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [row] = await sql<{ request_id: string | null }[]>`
    select request_id from audit_events where strpos(changes::text, ${renamed}) > 0 order by id desc limit 1`;
  await sql.end();
  expect(row?.request_id).toMatch(/^[0-9a-f]{32}$/);
  const save = lines.find((l) => l.id === row!.request_id)!;
  expect(save).toMatchObject({ method: "POST", status: 200 });
  const answered = cluster().servers.find((s) => save.upstream === `127.0.0.1:${s.port}`)!;
  const appLines = jsonLines<AppLine>(path.join(cluster().dir, `app-${answered.port}.log`));
  expect(appLines.find((l) => l.req && l.reqId === row!.request_id)).toMatchObject({
    req: { method: "POST" },
    res: { status: 200 },
  });
  await admin.context().close();
});

test("a server started with another AUTH_SECRET and no REDIS_URL says so at start; the matching servers said nothing", async () => {
  const { dir, env, servers } = cluster();
  const logOf = (p: number) => path.join(dir, `app-${p}.log`);
  const warnings = (p: number) =>
    jsonLines<{ level?: string; check?: string; msg: string }>(logOf(p)).filter((l) => l.check === "app servers");
  for (const { port } of servers) expect(warnings(port), `${port}`).toEqual([]);
  const portC = Math.max(...servers.map((s) => s.port)) + 1;
  const c = await startServer(portC, { ...env, AUTH_SECRET: `${env.AUTH_SECRET}-other`, REDIS_URL: "" }, logOf(portC));
  try {
    // The check runs once the database is ready, beside the first requests: its lines may
    // reach the log just after the health check answers.
    await within(5000, async () => warnings(portC).length >= 3, "the start-up warnings");
    const said = warnings(portC).map((l) => l.msg);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3 app servers share this database, and 1 of them without REDIS_URL/),
        expect.stringMatching(/^AUTH_SECRET differs from server [0-9a-f]{8} /),
      ]),
    );
    // It runs: a warning, not a refusal (a secret may be rotated one server at a time).
    expect((await fetch(`${origin(portC)}/api/health`)).status).toBe(200);
  } finally {
    c.kill("SIGKILL");
  }
});

test("server A stops during 20 s of reading through nginx, and no reader's request fails", async () => {
  test.setTimeout(60_000);
  const failures: string[] = [];
  let requests = 0;
  const until = Date.now() + 20_000;
  const reader = async (offset: number) => {
    for (let i = offset; Date.now() < until; i++) {
      const page = PUBLIC_PAGES[i % PUBLIC_PAGES.length]!;
      // Past the cache: every request reaches an app server.
      const url = `${nginx()}${page}${page.includes("?") ? "&" : "?"}n=${offset}-${i}`;
      requests++;
      const status = await fetch(url).then(
        (r) => r.status,
        (e: unknown) => String(e),
      );
      if (status !== 200) failures.push(`${page}: ${status}`);
      // Readers at a steady pace (about 30 requests a second in all), not a flood: the
      // test is about failover, and a flood would only take the cores from the other tests.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const readers = [0, 1, 2, 3].map(reader);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  stop("A");
  await Promise.all(readers);
  console.log(`${requests} requests through nginx, server A stopped after 5 s`);
  expect(failures).toEqual([]);
  expect(requests).toBeGreaterThan(100);
  await within(10_000, async () => !(await listening(port("A"))), "A stops");
});

test("with both app servers stopped, nginx still serves the report's public pages from its cache", async () => {
  for (const page of PUBLIC_PAGES) expect((await fetch(`${nginx()}${page}`)).status, page).toBe(200);
  stop("B");
  await within(10_000, async () => !(await listening(port("B"))), "B stops");
  // Past their lifetime in nginx's cache too.
  await new Promise((resolve) => setTimeout(resolve, (TEST_CACHE_SECONDS + 1) * 1000));
  for (const page of PUBLIC_PAGES) {
    const response = await fetch(`${nginx()}${page}`);
    expect(response.status, page).toBe(200);
    expect(response.headers.get("x-cache-status"), page).toMatch(/^(STALE|HIT|UPDATING)$/);
  }
  expect(await text(`${nginx()}/`)).toContain("2031年1月現在");
});
