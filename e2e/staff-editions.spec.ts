import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";

// An admin freezes the current data as a draft edition, publishes it, and withdraws it with
// a public reason; the edition keeps its hash throughout. Others cannot open the page.

test("an admin makes a draft from the live data, publishes it and withdraws it with a reason", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "報告の版" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "報告の版" })).toBeVisible();

  await page.getByLabel("年月").fill("2021/10");
  await page.getByLabel("題名（日本語）").fill("2021年10月現在");
  await page.getByRole("button", { name: "現在のデータから下書きを作る" }).click();
  await expect(page.locator("#edition-period-error")).toHaveText("年月は「2021-10」の形で入力してください。");
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
});

for (const who of ["editor2", "viewer"] as const) {
  test(`${who} cannot open the editions page`, async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageState(who) })).newPage();
    await page.goto("/staff/editions");
    await expect(page).toHaveURL(/\/staff\/forbidden$/);
  });
}
