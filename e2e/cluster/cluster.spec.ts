import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { makeDraft } from "../support/editions";
import { openPlannedMilestone } from "../support/milestones";
import { listening, origin, readState, TEST_CACHE_SECONDS, within } from "./cluster";
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

test("a staff member signs in through nginx and edits, their requests going to both servers", async ({ browser }) => {
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
  const lines = fs
    .readFileSync(log, "utf8")
    .slice(before)
    .split("\n")
    .filter((l) => l.includes("/staff"));
  for (const { port } of cluster().servers)
    expect(
      lines.some((l) => l.includes(`upstream=127.0.0.1:${port}`)),
      `${port}`,
    ).toBe(true);
  await admin.context().close();
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
    }
  };
  const readers = [0, 1, 2, 3].map(reader);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  stop("A");
  await Promise.all(readers);
  console.log(`${requests} requests through nginx, server A stopped after 5 s`);
  expect(failures).toEqual([]);
  expect(requests).toBeGreaterThan(40);
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
