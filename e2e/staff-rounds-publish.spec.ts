import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./support/accounts";
import { expectAccessible } from "./support/axe";

// The end of a reporting cycle: every report of the round approved, the dashboard at 100 %,
// and the edition made from the round and published. Publishing changes the public site's
// latest edition, so this runs in the lane after the public tests, after the editions story
// (files run in name order there).

const as = async (browser: Browser, name: AccountName): Promise<Page> =>
  (await browser.newContext({ storageState: storageState(name) })).newPage();

const PERIOD = "2021-12";
const TITLE = "2021年12月の進捗報告";

test("a round reaches 100 %; the edition waits for the last approval, then is made from the round and published", async ({
  browser,
}) => {
  // Every report of area 2 submitted and approved through the pages, then the edition.
  test.setTimeout(180_000);
  const admin = await as(browser, "admin");
  admin.on("dialog", (dialog) => dialog.accept());
  await admin.goto("/staff/rounds");
  const form = admin.getByRole("form", { name: "新しい報告依頼" });
  await form.getByLabel("対象期間").fill("2021年12月");
  await form.getByLabel("件名（日本語）").fill(TITLE);
  await form.getByLabel("件名（英語）").fill("Progress report, December 2021");
  // Its deadline has passed: every report is overdue from the start.
  await form.getByRole("textbox", { name: /^提出期限/ }).fill("2021-12-20");
  await form.getByRole("radio", { name: "選んだ分野" }).check();
  await form.getByRole("checkbox", { name: /^2 / }).check();
  await form.getByRole("button", { name: "報告依頼を開始" }).click();
  await expect(admin.getByTestId("round-opened")).toContainText("報告依頼を開始しました");
  const dashboard = admin.url();
  const total = admin.getByTestId("round-area-total");
  const inScope = Number(await total.locator("[data-count=inScope]").textContent());
  expect(inScope).toBeGreaterThan(1);
  await expect(total.locator("[data-count=overdue]")).toHaveText(String(inScope));
  // What is late, with who is to send it.
  await expect(admin.getByTestId("round-late").locator("tbody tr")).toHaveCount(inScope);
  await expect(admin.getByTestId("round-late").locator("tbody tr").first()).toContainText("試験 編集者（分野2）");

  // The area-2 editor submits every report of the round from the staff home.
  const editor = await as(browser, "editor2");
  await editor.goto("/staff");
  const due = editor.getByTestId("due-submit").getByRole("listitem").filter({ hasText: TITLE });
  await expect(due).toHaveCount(inScope);
  await expect(due.first()).toContainText("期限超過");
  const items = await due
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  for (const item of items) {
    await editor.goto(item);
    const card = editor.getByTestId(`report-${PERIOD}`);
    await card.getByRole("button", { name: "この内容で提出する" }).click();
    await expect(card.getByTestId("report-state")).toHaveText("提出済み");
  }

  // The reviewer approves all but the last.
  const reviewer = await as(browser, "reviewer2");
  const approve = async (item: string) => {
    await reviewer.goto(item);
    const card = reviewer.getByTestId(`report-${PERIOD}`);
    await card.getByRole("button", { name: "承認する" }).click();
    await expect(card.getByTestId("report-state")).toHaveText("承認済み");
  };
  for (const item of items.slice(0, -1)) await approve(item);

  // An edition from the round waits for the last one: the form says so and links to it, and
  // without an admin's reason it is refused, writing nothing.
  await admin.goto("/staff/editions");
  const editionForm = admin.getByRole("form", { name: "下書きを作る" });
  await editionForm.getByLabel("年月").fill(PERIOD);
  await editionForm.getByLabel("題名（日本語）").fill("2021年12月現在");
  await editionForm.getByLabel("題名（英語）").fill("As of December 2021");
  await editionForm
    .getByLabel("作成元の報告依頼（任意）")
    .selectOption({ label: `${TITLE}（承認済み ${inScope - 1}／${inScope}項目）` });
  await editionForm.getByRole("button", { name: "現在のデータから下書きを作る" }).click();
  await expect(editionForm.getByLabel("承認されていない項目があるまま作成する理由")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(admin.getByTestId(`edition-${PERIOD}`)).toHaveCount(0);
  await editionForm.getByTestId("round-unapproved").click();
  await expect(admin.getByTestId("project-list").locator("tbody tr")).toHaveCount(1);

  // The last approval: the dashboard reaches 100 %, nothing is late any more.
  await approve(items.at(-1)!);
  await admin.goto(dashboard);
  await expect(admin.getByTestId("round-progress")).toHaveText(`${inScope}／${inScope}項目（100%）`);
  await expect(total.locator("[data-count=approved]")).toHaveText(String(inScope));
  await expect(total.locator("[data-count=overdue]")).toHaveText("0");
  await expectAccessible(admin);

  // Now the edition is made from the round with no reason asked, and published.
  await admin.goto("/staff/editions");
  await editionForm.getByLabel("年月").fill(PERIOD);
  await editionForm.getByLabel("題名（日本語）").fill("2021年12月現在");
  await editionForm.getByLabel("題名（英語）").fill("As of December 2021");
  await editionForm
    .getByLabel("作成元の報告依頼（任意）")
    .selectOption({ label: `${TITLE}（承認済み ${inScope}／${inScope}項目）` });
  await expect(editionForm.getByLabel("承認されていない項目があるまま作成する理由")).toHaveCount(0);
  await editionForm.getByRole("button", { name: "現在のデータから下書きを作る" }).click();
  const row = admin.getByTestId(`edition-${PERIOD}`);
  await expect(row).toContainText("下書き");
  await expect(row).toContainText(`作成元：${TITLE}`);
  await row.getByRole("button", { name: "公開する" }).click();
  await expect(row).toContainText("公開中");

  // The public reads it as the latest edition.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/reports");
  await expect(reader.getByTestId(`archive-${PERIOD}`)).toContainText("公開中");
  await reader.goto("/");
  await expect(reader.getByText("2021年12月現在").first()).toBeVisible();
  for (const page of [admin, editor, reviewer, reader]) await page.context().close();
});
