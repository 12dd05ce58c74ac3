import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./support/accounts";

// The staff project list on the seeded October 2021 report (44 items). Other specs may edit
// projects in the same database, so counts are only asserted where edits cannot move them.

async function pageAs(browser: Browser, name: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(name) });
  return context.newPage();
}

const rows = (page: Page) => page.getByTestId("project-list").locator("tbody tr");

test("a viewer sees every item with status, last update and flags, each linking to its editor", async ({ browser }) => {
  const page = await pageAs(browser, "viewer");
  await page.goto("/staff/projects");
  await expect(page.getByRole("heading", { level: 1, name: "項目一覧" })).toBeVisible();
  const table = page.getByRole("table", { name: /^項目一覧（該当 \d+件、更新日の新しい順）$/ });
  await expect(table).toBeVisible();
  // The 44 seeded items, on one page of 50 (unless another spec has added some).
  const total = Number(/該当 (\d+)件/.exec((await table.locator("caption").textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThanOrEqual(44);
  await expect(rows(page)).toHaveCount(Math.min(total, 50));
  await expect(page.getByTestId("project-pager")).toContainText(`${total}件中 1～${Math.min(total, 50)}件目`);

  const row = page.getByTestId("project-8-3");
  await expect(row.getByRole("rowheader")).toHaveText("8-③");
  await expect(row.getByRole("link", { name: "観光交流" })).toHaveAttribute(
    "href",
    /^\/staff\/projects\/[0-9a-f-]{36}$/,
  );
  await expect(row).toContainText("実施中");
  await expect(row).toContainText("未評価");
  // Seeded on 2021-10-01, untouched since: stale by the default 90 days.
  await expect(row).toContainText("2021年10月1日");
  await expect(row).toContainText("更新停滞");
});

test("filtering by area keeps the choice in the form and the URL", async ({ browser }) => {
  const page = await pageAs(browser, "editor5");
  await page.goto("/staff/projects");
  await page.getByLabel("分野", { exact: true }).selectOption("2");
  await page.getByLabel("並び順").selectOption({ label: "項目番号順" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/[?&]area=2(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=code(&|$)/);
  await expect(page.getByLabel("分野", { exact: true })).toHaveValue("2");
  await expect(rows(page)).toHaveCount(5);
  await expect(rows(page).first().getByRole("rowheader")).toHaveText("2-①");
  await expect(page.getByTestId("project-list")).toContainText("郵便協力");
  await expect(page.getByTestId("project-list")).not.toContainText("小児科分野");

  await page.getByRole("link", { name: "条件を解除" }).click();
  await expect(page).toHaveURL(/\/staff\/projects$/);
  await expect(page.getByLabel("分野", { exact: true })).toHaveValue("");
});

test("an editor's list opens on their own area, and one link shows every area and back", async ({ browser }) => {
  const page = await pageAs(browser, "editor2");
  await page.goto("/staff/projects");
  const scope = page.getByTestId("project-list-scope");
  await expect(scope).toContainText("担当分野（2）の項目だけを表示しています。");
  await expect(rows(page)).toHaveCount(5);
  await scope.getByRole("link", { name: "すべての分野の項目を表示する" }).click();
  await expect(page).toHaveURL(/[?&]all=1(&|$)/);
  await expect(scope).toContainText("すべての分野の項目を表示しています。");
  await expect(rows(page)).toHaveCount(44);
  // The filters keep the choice of every area.
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/[?&]all=1(&|$)/);
  await scope.getByRole("link", { name: "担当分野の項目だけを表示する" }).click();
  await expect(page).toHaveURL(/\/staff\/projects$/);
  await expect(rows(page)).toHaveCount(5);
  await page.context().close();
});

test("searching finds items by Japanese text, English text, an organisation and an item number", async ({
  browser,
}) => {
  const page = await pageAs(browser, "viewer");
  await page.goto("/staff/projects");
  const search = page.getByLabel("キーワード");
  await expect(search).toHaveAttribute("aria-describedby", "pl-q-hint");

  await search.fill("ヴォロネジ");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("project-2-1")).toContainText("モデル都市：ヴォロネジ");

  await page.getByLabel("キーワード").fill("voronezh");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/[?&]q=voronezh/);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("project-2-1")).toBeVisible();

  await page.getByLabel("キーワード").fill("Olympus");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("project-1-2")).toContainText("内視鏡分野");

  await page.getByLabel("キーワード").fill("2-⑤");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("project-2-5")).toContainText("郵便協力");

  await page.getByLabel("キーワード").fill("存在しない語句");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByTestId("project-list-empty")).toHaveText("条件に合う項目はありません。");
});

test("the overdue filter lists the items whose 2021 milestones were never completed", async ({ browser }) => {
  const page = await pageAs(browser, "viewer");
  await page.goto("/staff/projects?sort=code");
  await page.getByLabel("期限超過の節目がある項目のみ").check();
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/[?&]overdue=1/);
  await expect(page.getByLabel("期限超過の節目がある項目のみ")).toBeChecked();
  // Planned within 2021, FY2021 or January 2022 and still open in the seed.
  for (const code of ["1-8", "4-4", "5-1", "6-1", "7-3", "8-1", "8-2"]) {
    await expect(page.getByTestId(`project-${code}`)).toContainText(/期限超過の節目 \d+件/);
  }
  await expect(page.getByTestId("project-1-8")).toContainText("期限超過の節目 2件");
  const count = await rows(page).count();
  await expect(rows(page).filter({ hasText: "期限超過の節目" })).toHaveCount(count);
  await expect(page.getByTestId("project-1-1")).toHaveCount(0);
});

test("parameters survive a page past the end, and the stale days and flags stay as set", async ({ browser }) => {
  const page = await pageAs(browser, "viewer");
  // Area 1: the editing specs change area 2's projects, which would then not be stale.
  const response = await page.goto("/staff/projects?area=1&q=%E5%88%86%E9%87%8E&stale=30&staleOnly=1&sort=code&page=9");
  expect(response?.status()).toBe(200);
  // Page 9 does not exist: the last page is shown, with every filter kept.
  await expect(page.getByTestId("project-pager")).toContainText(/^\d+件中 1～\d+件目$/);
  await expect(page.getByLabel("キーワード")).toHaveValue("分野");
  await expect(page.getByLabel("分野", { exact: true })).toHaveValue("1");
  await expect(page.getByLabel("更新停滞とみなす日数")).toHaveValue("30");
  await expect(page.getByLabel("更新停滞の項目のみ")).toBeChecked();
  await expect(page.getByLabel("並び順")).toHaveValue("code");
  await expect(rows(page).first().getByRole("rowheader")).toHaveText(/^1-/);
});

test("a malformed query string still shows the list", async ({ browser }) => {
  const page = await pageAs(browser, "viewer");
  const bad =
    "/staff/projects?area=abc&area=2&lifecycle=nope&confidence=&org=not-a-uuid&place=%27%3B--&side=mars&sort=evil" +
    "&stale=99999&page=-3&overdue=yes&q=%25&q=x";
  const response = await page.goto(bad);
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("並び順")).toHaveValue("activity_desc");
  await expect(page.getByLabel("更新停滞とみなす日数")).toHaveValue("90");
  // area=abc (the first) is dropped; q=% is searched for literally and finds nothing.
  await expect(page.getByLabel("キーワード")).toHaveValue("%");
  await expect(page.getByTestId("project-list-empty")).toBeVisible();

  const plain = await page.goto("/staff/projects?page=abc&sort=&stale=-1&lifecycle=planned%00");
  expect(plain?.status()).toBe(200);
  await expect(page.getByRole("table", { name: /該当 \d+件/ })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
});

test("no WCAG A/AA violations on the filtered list", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/staff/projects?overdue=1");
  await expect(page.getByTestId("project-list")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

test("signed-out visitors are sent to sign in, with the filters kept for afterwards", async ({ page }) => {
  await page.goto("/staff/projects?area=2");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstaff%2Fprojects%3Farea%3D2$/);
});
