import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { makeDraft } from "./support/editions";
import { openPlannedMilestone } from "./support/milestones";

// An admin freezes the current data as a draft edition, publishes it, and withdraws it with
// a public reason; the edition keeps its hash throughout. Others cannot open the page.

test("an admin makes a draft from the live data, publishes it and withdraws it with a reason", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "報告の版" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "報告の版" })).toBeVisible();

  // The form proposes the month after the latest edition, titled as the editions are.
  const periods = await page
    .locator("tr[data-testid^=edition-]")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")!.slice("edition-".length)));
  const [y, m] = periods.sort().at(-1)!.split("-").map(Number) as [number, number];
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  await expect(page.getByLabel("年月")).toHaveValue(`${ny}-${String(nm).padStart(2, "0")}`);
  await expect(page.getByLabel("題名（日本語）")).toHaveValue(`${ny}年${nm}月現在`);

  await page.getByLabel("年月").fill("2021/10");
  await page.getByLabel("題名（日本語）").fill("2021年10月現在");
  await page.getByRole("button", { name: "現在のデータから下書きを作る" }).click();
  await expect(page.locator("#edition-period-error")).toHaveText(
    "年月は「2021-10」または「2021年10月」の形で入力してください。",
  );
  await page.getByLabel("年月").fill("2039-10");
  await page.getByRole("button", { name: "現在のデータから下書きを作る" }).click();
  const row = page.getByTestId("edition-2039-10");
  await expect(row).toContainText("下書き");

  await row.getByRole("button", { name: "公開する" }).click();
  await expect(row).toContainText("公開中");
  const hash = await row.locator("abbr").getAttribute("title");
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  await row.getByText("取り下げる").first().click();
  await row.getByRole("button", { name: "取り下げる" }).click();
  await expect(row.getByText("入力してください。")).toBeVisible();
  await row.getByLabel(/取り下げの理由（日本語/).fill("試験のための版");
  await row.getByRole("button", { name: "取り下げる" }).click();
  await expect(row).toContainText("取り下げ済み");
  await expect(row).toContainText("試験のための版");
  await expect(row.locator("abbr")).toHaveAttribute("title", hash!);

  // The log says it in words: the month as written, the statuses by their names.
  await page.goto("/staff/audit?type=edition");
  const log = page.getByTestId("audit-events");
  const status = log.getByRole("listitem").filter({ hasText: "状況" }).first();
  await expect(status.getByTestId("old-value")).toHaveText("公開中");
  await expect(status.getByTestId("new-value")).toHaveText("取り下げ済み");
  await expect(log.getByRole("listitem").filter({ hasText: "年月" }).getByTestId("new-value").first()).toHaveText(
    "2039年10月",
  );
  await expect(log.getByRole("listitem").filter({ hasText: "withdrawn" })).toHaveCount(0);
});

for (const who of ["editor2", "viewer"] as const) {
  test(`${who} cannot open the editions page`, async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageState(who) })).newPage();
    await page.goto("/staff/editions");
    await expect(page).toHaveURL(/\/staff\/forbidden$/);
  });
}

/** The page's main content without the edition banner, whose notices (e.g. "an earlier edition") change by design. */
const reportContent = (page: Page) =>
  page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-testid=edition-banner]").forEach((b) => b.remove());
    return copy.innerHTML;
  });

test("an admin completes a milestone, previews and publishes a new edition; the public sees it, October 2021 is unchanged and the changes page lists the edit", async ({
  browser,
}) => {
  test.setTimeout(120_000); // one long story: edit, draft, preview, compare, publish, read, compare
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  admin.on("dialog", (dialog) => dialog.accept());
  const reader = await (await browser.newContext()).newPage();

  // The October 2021 edition as the public reads it before anything is published. It was
  // loaded, not published here: the archive gives its own date and the day it was loaded.
  await reader.goto("/reports");
  await expect(reader.getByTestId("archive-2021-10")).toContainText(
    /2021年10月現在の報告を\d{4}年\d{1,2}月\d{1,2}日に登録/,
  );
  await expect(reader.getByTestId("archive-2021-10")).toContainText("公開中");
  const octoberHash = await reader.getByTestId("archive-2021-10").locator("td").last().textContent();
  expect(octoberHash).toMatch(/^[0-9a-f]{64}$/);
  await reader.goto("/reports/2021-10/areas/1/4");
  const octoberItem = await reportContent(reader);
  await reader.goto("/reports/2021-10");
  const octoberHome = await reportContent(reader);

  const milestone = await openPlannedMilestone(admin);
  await milestone.getByLabel("状況").selectOption({ label: "完了" });
  const actual = milestone.getByRole("group", { name: "実績時期" });
  await actual.getByLabel("精度").selectOption({ label: "月まで" });
  await actual.getByLabel("年（西暦）").fill("2021");
  await actual.getByLabel("月", { exact: true }).fill("11");
  // Its English name is removed too: English readers must then see the Japanese, marked.
  await milestone.getByLabel("名称（英語）").fill("");
  await milestone.getByRole("button", { name: "保存する" }).click();
  await expect(milestone.getByRole("status")).toHaveText("保存しました。");

  // Live edits are not public until an edition carries them.
  const publicRow = reader.getByRole("row", { name: /市民向け普及啓発講座のロシア全土への展開/ });
  await reader.goto("/areas/1/4");
  await expect(publicRow).toContainText("予定");

  const row = await makeDraft(admin, "2021-11", "2021年11月現在", "As of November 2021");

  // The preview renders the draft through the public pages' components.
  await row.getByRole("link", { name: /プレビュー/ }).click();
  await expect(admin.getByTestId("preview-notice")).toContainText("未公開の下書き");
  await expect(admin.getByText("2021年11月現在").first()).toBeVisible();
  await admin.goto(`${admin.url()}/areas/1/4`);
  await expect(admin.getByRole("row", { name: /市民向け普及啓発講座のロシア全土への展開/ })).toContainText("完了");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "公開中の版と比べる" }).click();
  await expect(
    admin.getByTestId("change-milestone-completed").filter({ hasText: "市民向け普及啓発講座のロシア全土への展開" }),
  ).toBeVisible();
  await expectAccessible(admin);

  await admin.goto("/staff/editions");
  await row.getByRole("button", { name: "公開する" }).click();
  await expect(row).toContainText("公開中");

  // The public home is now the new edition.
  await reader.goto("/");
  await expect(reader.getByText("2021年11月現在").first()).toBeVisible();
  await reader.goto("/areas/1/4");
  await expect(publicRow).toContainText("完了");
  await expect(publicRow).toContainText("2021年11月");
  // In English: the name stands in Japanese, tagged as Japanese, with a visible marker.
  await reader.goto("/en/areas/1/4");
  const englishRow = reader.getByRole("row", { name: /市民向け普及啓発講座のロシア全土への展開/ });
  await expect(englishRow).toContainText("Completed");
  await expect(englishRow.getByTestId("untranslated")).toHaveText("Not yet translated");
  await expect(englishRow.locator('[lang="ja"]', { hasText: "市民向け普及啓発講座のロシア全土への展開" })).toHaveCount(
    1,
  );
  await expectAccessible(reader);

  // October 2021 is still served at its permanent address, exactly as before, and marked as earlier.
  await reader.goto("/reports");
  await expect(reader.getByTestId("archive-2021-11")).toContainText("2021年11月現在");
  await expect(reader.getByTestId("archive-2021-10").locator("td").last()).toHaveText(octoberHash!);
  // Replaced by a newer edition: marked so in the archive and on each of its pages, with the way to the same page in the latest.
  await expect(reader.getByTestId("archive-2021-10")).toContainText("過去の版");
  await expect(reader.getByTestId("archive-2021-10")).not.toContainText("公開中");
  await expect(reader.getByTestId("archive-2021-11")).toContainText("公開中");
  await reader.goto("/reports/2021-10");
  expect(await reportContent(reader)).toBe(octoberHome);
  await expect(reader.getByTestId("superseded-notice")).toContainText("2021-11");
  await reader.goto("/reports/2021-10/areas/1/4");
  expect(await reportContent(reader)).toBe(octoberItem);
  await expect(reader.getByTestId("superseded-notice")).toContainText("これは過去の版（2021-10）です。");
  await expect(
    reader.getByTestId("superseded-notice").getByRole("link", { name: "最新の版（2021-11）で同じページを見る" }),
  ).toHaveAttribute("href", "/areas/1/4");
  await reader.goto("/en/reports/2021-10/areas/2/print");
  await expect(reader.getByTestId("superseded-notice").getByRole("link")).toHaveAttribute("href", "/en/areas/2/print");
  await reader.goto("/reports/2021-10/areas/1/4");
  await expect(publicRow).toContainText("予定");

  // What changed: the completed milestone with its old and new status.
  await reader.goto("/reports/2021-11/changes");
  const change = reader
    .getByTestId("change-milestone-completed")
    .filter({ hasText: "市民向け普及啓発講座のロシア全土への展開" });
  await expect(change).toContainText("予定");
  await expect(change).toContainText("完了");
  await expect(change).toContainText("2021年11月");
  await expectAccessible(reader);
  await change.locator("xpath=ancestor::section[1]").getByRole("link").first().click();
  await expect(reader).toHaveURL(/\/reports\/2021-11\/areas\/1\/4$/);
});
