import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./support/accounts";
import { openPlannedMilestone } from "./support/milestones";

// An editor keeps a project current in the browser: a milestone completed, a value
// corrected, a progress note added, each seen after a reload and in the history. Two
// people saving the same milestone: the second sees the first's values and loses nothing.

async function pageAs(browser: Browser, name: AccountName): Promise<Page> {
  return (await browser.newContext({ storageState: storageState(name) })).newPage();
}

async function openProject(page: Page, code: RegExp, tab?: string) {
  await page.goto("/staff");
  await page.getByTestId("editable-projects").getByRole("link", { name: code }).click();
  await expect(page).toHaveURL(/\/staff\/projects\/[0-9a-f-]+$/);
  if (tab) {
    const link = page.getByRole("navigation", { name: "項目の編集メニュー" }).getByRole("link", { name: tab });
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "page");
  }
}

/** The record whose summary reads `text` (the innermost one: observations sit inside their indicator). */
const record = (page: Page, text: string | RegExp) =>
  page.locator("summary", { hasText: text }).first().locator("xpath=ancestor::li[1]");

/** The same record by its id, still found once a save has changed the text of its summary. */
const pinned = async (page: Page, text: string) =>
  page.getByTestId((await record(page, text).getAttribute("data-testid"))!);

async function setDate(
  scope: Locator,
  legend: string,
  date: { precision: string; year: string; month?: string; day?: string },
) {
  const group = scope.getByRole("group", { name: legend });
  await group.getByLabel("精度").selectOption({ label: date.precision });
  await group.getByLabel("年（西暦）").fill(date.year);
  await group.getByLabel("月", { exact: true }).fill(date.month ?? "");
  await group.getByLabel("日", { exact: true }).fill(date.day ?? "");
}

test("an editor completes a milestone, adds a value and a note; each shows after reload and in the history", async ({
  browser,
}) => {
  const page = await pageAs(browser, "editor2");
  await openProject(page, /2-② モデル都市：ウラジオストク/, "節目");
  await expect(page).toHaveURL(/\/staff\/projects\/[0-9a-f-]+\/milestones$/);

  const milestone = record(page, "25戸のタウンハウスの建設");
  await milestone.locator("summary").click();
  await milestone.getByLabel("状況").selectOption({ label: "完了" });
  // Typed as a Japanese input method types it: full-width digits.
  await setDate(milestone, "実績時期", { precision: "月まで", year: "２０２１", month: "１０" });
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByRole("status")).toHaveText("保存しました。");
  await page.reload();
  // Collapsed, the milestone shows its status and its actual date.
  await expect(record(page, "25戸のタウンハウスの建設").locator("summary")).toContainText("完了");
  await expect(record(page, "25戸のタウンハウスの建設").locator("summary")).toContainText("実績時期：2021年10月");

  await page.getByRole("link", { name: "指標" }).click();
  const houses = record(page, "完成した木造住宅");
  await houses.getByText("実績値を追加する").click();
  const addValue = houses.getByRole("form", { name: "実績値を追加する" });
  await addValue.getByLabel(/^値/).fill("32");
  await setDate(addValue, "時点", { precision: "月まで", year: "2021", month: "10" });
  await addValue.getByRole("button", { name: "追加する" }).click();
  await expect(addValue.getByRole("status")).toHaveText("追加しました。");
  await page.reload();
  await expect(page.locator("summary", { hasText: /^32戸/ })).toContainText("2021年10月");

  await page.getByRole("link", { name: "進捗と写真" }).click();
  await page.getByText("進捗を追加する").click();
  const addNote = page.getByRole("form", { name: "進捗を追加する" });
  await setDate(addNote, "日付", { precision: "日まで", year: "2021", month: "11", day: "15" });
  await addNote.getByLabel("本文（日本語）").fill("タウンハウス25戸の建設が完了した。");
  await addNote.getByRole("button", { name: "追加する" }).click();
  await expect(addNote.getByRole("status")).toHaveText("追加しました。");
  await page.reload();
  await expect(record(page, "タウンハウス25戸の建設が完了した。")).toContainText("2021年11月15日");

  await page.getByRole("link", { name: "変更履歴" }).click();
  const history = page.getByRole("table");
  await expect(history).toContainText("25戸のタウンハウスの建設");
  await expect(history).toContainText("予定");
  await expect(history).toContainText("完了");
  await expect(history).toContainText("タウンハウス25戸の建設が完了した。");
  await expect(history).toContainText("32");
  await expect(history).toContainText("試験 編集者（分野2）");
  // Read as the form writes it: the actual date at its precision, in one line, and no codes.
  const completed = history.locator("li", { hasText: "実績時期" }).first();
  await expect(completed.getByTestId("old-value")).toHaveText("（なし）");
  await expect(completed.getByTestId("new-value")).toHaveText("2021年10月");
  await expect(history.getByRole("listitem").filter({ hasText: /精度|Precision/ })).toHaveCount(0);
});

test("an editor changes an indicator value; the history shows old and new", async ({ browser }) => {
  const page = await pageAs(browser, "editor2");
  await openProject(page, /2-① モデル都市：ヴォロネジ/, "指標");
  // Pinned by id: once saved, the summary reads 12 and a locator by its text would lose it.
  const observation = page.getByTestId((await record(page, /^10交差点/).getAttribute("data-testid"))!);
  await observation.locator("summary").click();
  await observation.getByLabel(/^値/).fill("12");
  await observation.getByRole("button", { name: "保存する" }).click();
  await expect(observation.getByRole("status")).toHaveText("保存しました。");
  await page.reload();
  await expect(page.locator("summary", { hasText: /^12交差点/ })).toBeVisible();
  await page.getByRole("link", { name: "変更履歴" }).click();
  const row = page.getByRole("row").filter({ hasText: "12" }).first();
  await expect(row).toContainText("10");
});

test("a bad date is refused on the field, in Japanese, and nothing is saved", async ({ browser }) => {
  const page = await pageAs(browser, "editor2");
  await openProject(page, /2-④ その他都市/, "節目");
  const milestone = record(page, "カザンで23戸が竣工");
  await milestone.locator("summary").click();
  await setDate(milestone, "予定時期", { precision: "月まで", year: "2021", month: "13" });
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByText("月は1〜12で入力してください。")).toBeVisible();
  await expect(milestone.getByRole("group", { name: "予定時期" }).getByLabel("月", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
});

test("an actual date on an unfinished milestone is refused on the actual date, in Japanese, and nothing is saved", async ({
  browser,
}) => {
  const page = await pageAs(browser, "editor2");
  await openProject(page, /2-② モデル都市：ウラジオストク/, "節目");
  const milestone = record(page, "木造の注文・分譲住宅の建設");
  await milestone.locator("summary").click();
  await expect(milestone.getByLabel("状況")).toHaveValue("in_progress");
  await setDate(milestone, "実績時期", { precision: "月まで", year: "2021", month: "10" });
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByText("実績時期は「完了」の節目にだけ入れられます。")).toBeVisible();
  await expect(milestone.getByRole("group", { name: "実績時期" }).getByLabel("精度")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await page.reload();
  await expect(record(page, "木造の注文・分譲住宅の建設").locator("summary")).not.toContainText("2021年10月");
});

test("two people save the same milestone: the second sees who changed it and their values, and loses nothing", async ({
  browser,
}) => {
  const first = await pageAs(browser, "admin");
  const second = await pageAs(browser, "editor2");
  await openProject(second, /2-④ その他都市/, "節目");
  const url = second.url();
  await first.goto(url);

  const theirs = await pinned(first, "モスクワのゴミ焼却発電プラント4基の建設");
  await theirs.locator("summary").click();
  await theirs.getByLabel("名称（日本語）").fill("モスクワのゴミ焼却発電プラント4基の建設（管理者が修正）");
  await theirs.getByRole("button", { name: "保存する" }).click();
  await expect(theirs.getByRole("status")).toHaveText("保存しました。");

  const mine = await pinned(second, "モスクワのゴミ焼却発電プラント4基の建設");
  await mine.locator("summary").click();
  await mine.getByLabel("名称（日本語）").fill("モスクワのゴミ焼却発電プラント4基（編集者が修正）");
  await mine.getByRole("button", { name: "保存する" }).click();
  const conflict = mine.getByTestId("conflict");
  await expect(conflict).toContainText("試験 管理者さんが");
  await expect(conflict).toContainText("（管理者が修正）");
  await expect(conflict).toContainText("（編集者が修正）");
  // What the second person typed is still in the form.
  await expect(mine.getByLabel("名称（日本語）")).toHaveValue("モスクワのゴミ焼却発電プラント4基（編集者が修正）");

  await first.reload();
  await expect(first.locator("summary", { hasText: "（管理者が修正）" })).toBeVisible();

  // Keeping their own values on purpose, the second person saves over the first.
  await mine.getByRole("button", { name: "自分の入力を残す（もう一度保存すると上書き）" }).click();
  await mine.getByRole("button", { name: "保存する" }).click();
  await expect(mine.getByRole("status")).toHaveText("保存しました。");
  await first.reload();
  await expect(first.locator("summary", { hasText: "（編集者が修正）" })).toBeVisible();
});

test("a viewer reads a project but gets no forms to change it", async ({ browser }) => {
  const editor = await pageAs(browser, "editor2");
  await openProject(editor, /2-① モデル都市：ヴォロネジ/);
  const url = editor.url();
  const viewer = await pageAs(browser, "viewer");
  await viewer.goto(`${url}/milestones`);
  await expect(viewer.getByTestId("read-only")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "保存する" })).toHaveCount(0);
  await expect(viewer.getByText("節目を追加する")).toHaveCount(0);
});

// Saving with the keyboard alone (JIS X 8341-3 2.1.1) changes data, so it runs with the
// staff screens rather than beside the public pages' scans.
test("a milestone can be opened, changed and saved with the keyboard alone", async ({ browser }) => {
  const page = await pageAs(browser, "editor2");
  await openProject(page, /2-③ /, "節目");
  const summary = page.getByRole("main").locator("summary").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  const item = summary.locator("xpath=ancestor::li[1]");
  const tabTo = async (name: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (
        await item
          .getByLabel(name, { exact: true })
          .or(item.getByRole("button", { name, exact: true }))
          .first()
          .evaluate((el) => el === document.activeElement)
      )
        return;
    }
    throw new Error(`${name} is not reachable with Tab`);
  };
  await tabTo("名称（英語）");
  await page.keyboard.press("End");
  await page.keyboard.type(" (keyboard)");
  await tabTo("保存する");
  await page.keyboard.press("Enter");
  await expect(item.getByRole("status")).toHaveText("保存しました。");
  await page.context().close();
});

test("a save that reaches a newer build of the site, or no server, says so and keeps what was typed", async ({
  browser,
}) => {
  const page = await pageAs(browser, "admin");
  const milestone = await openPlannedMilestone(page);
  const name = milestone.getByLabel("名称（日本語）");
  const original = await name.inputValue();
  const typed = `${original}（更新中の保存）`;
  await name.fill(typed);
  // A server of another build does not know the page's action: its id is not one of its own.
  await page.route("**/staff/projects/**", (route, request) =>
    request.method() === "POST" && request.headers()["next-action"]
      ? route.continue({ headers: { ...request.headers(), "next-action": "7f".padEnd(42, "0") } })
      : route.continue(),
  );
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByRole("alert")).toContainText("サイトが新しい版に更新されたため、保存できませんでした");
  await expect(name).toHaveValue(typed);
  // No server answers at all.
  await page.unrouteAll();
  await page.route("**/staff/projects/**", (route, request) =>
    request.method() === "POST" ? route.abort("connectionrefused") : route.continue(),
  );
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByRole("alert")).toContainText("サーバーから応答がなく、保存できませんでした");
  await expect(name).toHaveValue(typed);
  // Nothing was saved.
  const other = await pageAs(browser, "admin");
  await openPlannedMilestone(other);
  await expect(other.locator("summary", { hasText: typed })).toHaveCount(0);
  await expect(other.locator("summary", { hasText: original })).toHaveCount(1);
  await other.context().close();
  await page.context().close();
});
