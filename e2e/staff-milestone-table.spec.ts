import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./support/accounts";
import { expectAccessible } from "./support/axe";

// An editor brings every milestone of an item up to date in one table and saves them
// together; a row someone else changed meanwhile stops the save and says which row.

async function tableAs(browser: Browser, name: AccountName, url?: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageState(name) })).newPage();
  if (url) {
    await page.goto(url);
    return page;
  }
  await page.goto("/staff/projects?q=2-5");
  await page.getByTestId("project-list").getByRole("link").first().click();
  await page.getByRole("navigation", { name: "項目の編集メニュー" }).getByRole("link", { name: "節目" }).click();
  await page.getByRole("link", { name: "表でまとめて編集（状況・予定時期・実績時期）" }).click();
  await expect(page.getByRole("heading", { name: "節目を表でまとめて編集" })).toBeVisible();
  return page;
}

const rowOf = (page: Page, n: number) => page.getByRole("table").getByRole("row").nth(n);

test("an editor updates several milestones in one table and saves them together; a row changed meanwhile is named", async ({
  browser,
}) => {
  const page = await tableAs(browser, "editor2");
  // The milestones tab stays marked on its table.
  await expect(
    page.getByRole("navigation", { name: "項目の編集メニュー" }).getByRole("link", { name: "節目" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("table")).toHaveAccessibleName(/^2-⑤ の節目（\d+件）$/);
  await expectAccessible(page);

  const [first, second] = [rowOf(page, 1), rowOf(page, 2)];
  // Typed as a Japanese input method types it: full-width digits.
  await first.getByLabel(/：状況$/).selectOption({ label: "完了" });
  await first.getByLabel(/：実績時期の精度$/).selectOption({ label: "月まで" });
  await first.getByLabel(/：実績時期の年（西暦）$/).fill("２０２１");
  await first.getByLabel(/：実績時期の月$/).fill("１０");
  await second.getByLabel(/：予定時期の精度$/).selectOption({ label: "年度" });
  await second.getByLabel(/：予定時期の年（西暦）$/).fill("2029");
  await expect(first).toContainText("変更あり");
  await expect(second).toContainText("変更あり");
  await page.getByRole("button", { name: "まとめて保存" }).click();
  await expect(page.getByRole("status")).toHaveText("2件の節目を保存しました。");
  await expect(first).not.toContainText("変更あり");

  await page.reload();
  await expect(rowOf(page, 1).getByLabel(/：状況$/)).toHaveValue("completed");
  await expect(rowOf(page, 1).getByLabel(/：実績時期の年（西暦）$/)).toHaveValue("2021");
  await expect(rowOf(page, 2).getByLabel(/：予定時期の年（西暦）$/)).toHaveValue("2029");

  // An admin changes the second milestone in the same table while the editor has it open.
  const admin = await tableAs(browser, "admin", page.url());
  await rowOf(admin, 2)
    .getByLabel(/：予定時期の年（西暦）$/)
    .fill("2030");
  await admin.getByRole("button", { name: "まとめて保存" }).click();
  await expect(admin.getByRole("status")).toHaveText("1件の節目を保存しました。");

  await rowOf(page, 1)
    .getByLabel(/：予定時期の精度$/)
    .selectOption({ label: "年" });
  await rowOf(page, 1)
    .getByLabel(/：予定時期の年（西暦）$/)
    .fill("2020");
  await rowOf(page, 2)
    .getByLabel(/：予定時期の年（西暦）$/)
    .fill("2031");
  await page.getByRole("button", { name: "まとめて保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ほかの人" })).toContainText(
    "ほかの人が変更した節目があります",
  );
  await expect(rowOf(page, 2)).toContainText("表を開いた後に、ほかの人がこの節目を変更しました。");
  await expect(rowOf(page, 1)).not.toContainText("ほかの人");
  // What the editor typed is still there.
  await expect(rowOf(page, 2).getByLabel(/：予定時期の年（西暦）$/)).toHaveValue("2031");
  await expectAccessible(page);

  // Nothing of that save was kept, not even the row nobody else had touched.
  await admin.reload();
  await expect(rowOf(admin, 2).getByLabel(/：予定時期の年（西暦）$/)).toHaveValue("2030");
  await expect(rowOf(admin, 1).getByLabel(/：予定時期の年（西暦）$/)).not.toHaveValue("2020");
});

test("a mistake in the table is named on its field and nothing is saved; a viewer gets the table to read only", async ({
  browser,
}) => {
  const page = await tableAs(browser, "editor2");
  const row = rowOf(page, 3);
  await row.getByLabel(/：状況$/).selectOption({ label: "予定" });
  await row.getByLabel(/：実績時期の精度$/).selectOption({ label: "年" });
  await row.getByLabel(/：実績時期の年（西暦）$/).fill("2021");
  await page.getByRole("button", { name: "まとめて保存" }).click();
  await expect(row.getByText("実績時期は「完了」の節目にだけ入れられます。")).toBeVisible();
  await expect(row.getByLabel(/：実績時期の精度$/)).toHaveAttribute("aria-invalid", "true");

  const viewer = await tableAs(browser, "viewer", page.url());
  await expect(viewer.getByText("この項目を変える権限がないため、表示だけです。")).toBeVisible();
  await expect(rowOf(viewer, 1).getByLabel(/：状況$/)).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "まとめて保存" })).toHaveCount(0);
});
