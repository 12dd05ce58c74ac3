import { expect, test, type Browser, type Page } from "@playwright/test";
import { formAlert, storageState, type AccountName } from "./support/accounts";
import { expectAccessible } from "./support/axe";

// A reporting round from the coordinator's request to the approvals: an admin opens a round
// for two areas; their editors submit; the reviewer returns one with a comment, its editor
// submits again, the reviewer approves; the dashboard counts it all.

const as = async (browser: Browser, name: AccountName): Promise<Page> =>
  (await browser.newContext({ storageState: storageState(name) })).newPage();

// This month, with the deadline five days on: the reports are due within the week, so the
// day's digests include the editors.
const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PERIOD = dayAfter(0).slice(0, 7);
const DEADLINE = dayAfter(5);
const TITLE = "今月の進捗報告";

test("an admin asks two areas for their update; editors submit, the reviewer returns and approves, the dashboard counts", async ({
  browser,
}) => {
  // Four people's pages, one after another.
  test.setTimeout(120_000);
  const admin = await as(browser, "admin");
  await admin.goto("/staff/rounds");
  await expect(admin.getByRole("heading", { level: 1, name: "報告依頼" })).toBeVisible();
  await expectAccessible(admin);
  const form = admin.getByRole("form", { name: "新しい報告依頼" });
  await form.getByLabel("対象期間").fill(PERIOD);
  await form.getByLabel("件名（日本語）").fill(TITLE);
  // A deadline before the period begins needs a tick first.
  await form.getByRole("textbox", { name: /^提出期限/ }).fill(`${Number(PERIOD.slice(0, 4)) - 1}-12-31`);
  await expect(form.getByLabel("提出期限が対象期間の開始より前であることを確認しました")).toBeVisible();
  // Typed as Japanese is typed: 「2026年12月11日」 in full-width digits.
  const [y, m, d] = DEADLINE.split("-").map(Number);
  const wide = (n: number) => String(n).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  await form.getByRole("textbox", { name: /^提出期限/ }).fill(`${wide(y!)}年${wide(m!)}月${wide(d!)}日`);
  await form.getByLabel("依頼文（日本語）").fill("期限までに各項目を更新し、提出してください。");
  await form.getByRole("radio", { name: "選んだ分野" }).check();
  await form.getByRole("button", { name: "報告依頼を開始" }).click();
  // Areas not chosen yet: said on the field, nothing opened.
  await expect(form.getByRole("group", { name: "分野", exact: true })).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("checkbox", { name: /^2 / }).check();
  await form.getByRole("checkbox", { name: /^5 / }).check();
  await form.getByRole("button", { name: "報告依頼を開始" }).click();
  await expect(admin.getByTestId("round-opened")).toContainText("報告依頼を開始しました");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const dashboard = admin.url();
  const inScope = Number(await admin.getByTestId("round-area-total").locator("[data-count=inScope]").textContent());
  expect(inScope).toBeGreaterThan(2);
  await expect(admin.getByTestId("round-area-2").locator("[data-count=notStarted]")).not.toHaveText("0");
  await expect(admin.getByTestId("round-chart")).toBeVisible();
  await expectAccessible(admin);

  // The area-2 editor finds the request on the staff home and submits the first item.
  const editor = await as(browser, "editor2");
  await editor.goto("/staff");
  const due = editor.getByTestId("due-submit");
  await expect(due).toContainText(`${TITLE}：提出期限 ${DEADLINE}`);
  const item = due.getByRole("link").first();
  const itemName = (await item.textContent())!;
  await item.click();
  await expect(editor.getByTestId(`report-${PERIOD}`)).toContainText("期限までに各項目を更新し");
  await expect(editor.getByTestId("report-state")).toHaveText("未着手");
  await expect(editor.getByTestId("round-changes")).toBeVisible();
  await expectAccessible(editor);
  await editor.getByLabel("提出時のメモ").fill("最新の状況を反映しました。");
  await editor.getByRole("button", { name: "この内容で提出する" }).click();
  await expect(editor.getByTestId("report-state")).toHaveText("提出済み");
  const itemUrl = editor.url();

  // The area-5 editor submits one of theirs.
  const editor5 = await as(browser, "editor5");
  await editor5.goto("/staff");
  await editor5.getByTestId("due-submit").getByRole("link").first().click();
  await editor5.getByRole("button", { name: "この内容で提出する" }).click();
  await expect(editor5.getByTestId("report-state")).toHaveText("提出済み");

  // The day's digests (as the daily run writes them): the late area-5 editor gets one, and
  // asking again the same day writes no second one.
  await admin.goto("/staff/outbox");
  await admin.getByRole("button", { name: "今日のお知らせを作成して送る" }).click();
  await expect(admin.getByText(/人あてのお知らせを作成しました/)).toBeVisible();
  const digestsTo = (address: string) =>
    admin.getByTestId("outbox-mail").filter({ hasText: address }).filter({ hasText: "毎日のお知らせ" });
  await expect(digestsTo("editor5@e2e.test")).toHaveCount(1);
  await expect(digestsTo("editor5@e2e.test")).toContainText("【報告依頼】対応が必要な報告");
  await admin.getByRole("button", { name: "今日のお知らせを作成して送る" }).click();
  await expect(admin.getByText(/^0人あてのお知らせを作成しました/)).toBeVisible();
  await admin.reload();
  await expect(digestsTo("editor5@e2e.test")).toHaveCount(1);

  // The reviewer of area 2 sees only area 2's submission; a return needs a comment.
  const reviewer = await as(browser, "reviewer2");
  await reviewer.goto("/staff");
  const queue = reviewer.getByTestId("due-review");
  await expect(queue.getByRole("link")).toHaveText([itemName]);
  await queue.getByRole("link").click();
  await expect(reviewer.getByText("最新の状況を反映しました。")).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.getByRole("button", { name: "差し戻す" }).click();
  await expect(reviewer.getByLabel("確認のコメント")).toHaveAttribute("aria-invalid", "true");
  await expect(formAlert(reviewer)).toBeVisible();
  await reviewer.getByLabel("確認のコメント").fill("指標の最新値を追記してください。");
  await reviewer.getByRole("button", { name: "差し戻す" }).click();
  await expect(reviewer.getByTestId("report-state")).toHaveText("差戻し");

  // The editor sees why, and submits again.
  await editor.goto(itemUrl);
  await expect(editor.getByTestId("return-comment")).toContainText("指標の最新値を追記してください。");
  await editor.getByLabel("提出時のメモ").fill("指標を追記しました。");
  await editor.getByRole("button", { name: "修正して再提出する" }).click();
  await expect(editor.getByTestId("report-state")).toHaveText("提出済み");

  await reviewer.goto(itemUrl);
  await reviewer.getByRole("button", { name: "承認する" }).click();
  await expect(reviewer.getByTestId("report-state")).toHaveText("承認済み");

  // The dashboard counts one approved, one submitted (area 5), the rest not started.
  await admin.goto(dashboard);
  await expect(admin.getByTestId("round-area-2").locator("[data-count=approved]")).toHaveText("1");
  await expect(admin.getByTestId("round-area-5").locator("[data-count=submitted]")).toHaveText("1");
  await expect(admin.getByTestId("round-area-total").locator("[data-count=notStarted]")).toHaveText(
    String(inScope - 2),
  );
  await expect(admin.getByTestId("round-progress")).toContainText(`1／${inScope}項目`);
  await expect(admin.getByText(`提出期限（${DEADLINE}）はまだ来ていません。`)).toBeVisible();
  // Without an SMTP server the editor's two notices wait in the outbox, where admins read them.
  await admin.goto("/staff/outbox");
  const notices = admin.getByTestId("outbox-mail").filter({ hasText: "editor2@e2e.test" });
  await expect(notices.filter({ hasText: "差戻しのお知らせ" })).toContainText(`【差戻し】${itemName}`);
  await expect(notices.filter({ hasText: "承認のお知らせ" })).toContainText(`【承認】${itemName}`);
  await expect(notices.first()).toContainText("未送信（送信メールに保管）");
  // Read a page at a time, newest first.
  await expect(admin.getByTestId("outbox-pager")).toContainText(/^\d+件中 1～\d+件目$/);
  await expectAccessible(admin);
  for (const page of [admin, editor, editor5, reviewer]) await page.context().close();
});

test("each person turns the daily digest off and chooses the language of their mail on their profile", async ({
  browser,
}) => {
  const reviewer = await as(browser, "reviewer2");
  await reviewer.goto("/staff");
  await reviewer.getByRole("link", { name: "プロフィール" }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "プロフィール" })).toBeVisible();
  await expectAccessible(reviewer);
  const digests = reviewer.getByRole("checkbox", { name: "報告依頼の毎日のお知らせを受け取る" });
  await expect(digests).toBeChecked();
  await digests.uncheck();
  await reviewer.getByRole("radio", { name: "英語（English）" }).check();
  await reviewer.getByRole("button", { name: "保存" }).click();
  await expect(reviewer.getByText("保存しました。")).toBeVisible();
  await reviewer.reload();
  await expect(digests).not.toBeChecked();
  await expect(reviewer.getByRole("radio", { name: "英語（English）" })).toBeChecked();
  // Put back, for the other tests of the run.
  await digests.check();
  await reviewer.getByRole("radio", { name: "日本語" }).check();
  await reviewer.getByRole("button", { name: "保存" }).click();
  await expect(reviewer.getByText("保存しました。")).toBeVisible();
  await reviewer.context().close();
});

test("a viewer reads the list of rounds but is offered no form to open one", async ({ browser }) => {
  const viewer = await as(browser, "viewer");
  await viewer.goto("/staff/rounds");
  await expect(viewer.getByRole("heading", { level: 1, name: "報告依頼" })).toBeVisible();
  await expect(viewer.getByRole("form", { name: "新しい報告依頼" })).toHaveCount(0);
  await viewer.context().close();
});

test("the rounds' pages read in English too, and pass axe there", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageState("admin") });
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  const page = await context.newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/staff/rounds");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting rounds" })).toBeVisible();
  await expectAccessible(page);
  // A round of its own, opened and closed in English (a closed round asks nobody for anything).
  const form = page.getByRole("form", { name: "A new reporting round" });
  await form.getByLabel("Period").fill("2040-01");
  await form.getByLabel("Title (Japanese)").fill("2040年1月の進捗報告");
  await form.getByRole("textbox", { name: /^Deadline/ }).fill("2040-01-31");
  await form.getByRole("radio", { name: "The areas chosen" }).check();
  await form.getByRole("button", { name: "Open the round" }).click();
  await expect(form.getByRole("group", { name: "Areas", exact: true })).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("checkbox", { name: /^5 / }).check();
  await form.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Reports by area" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Close the round" }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Close the round" })).toHaveCount(0);
  for (const [path, heading] of [
    ["/staff/outbox", "Mail"],
    ["/staff/profile", "Profile"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
  await context.close();
});
