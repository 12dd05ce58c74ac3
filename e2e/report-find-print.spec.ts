import { expect, test } from "@playwright/test";

// Finding items within an edition, with and without JavaScript, and printing the whole
// edition: no navigation chrome, each area from a new page, the as-of date in the margins.

test("a reader finds items by Japanese words and narrows them by area, without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "項目を探す" }).click();
  await expect(page.getByTestId("search-count")).toHaveText("すべての項目 44件");
  await page.getByLabel("キーワード").fill("木造住宅");
  await page.getByRole("button", { name: "検索" }).click();
  await expect(page).toHaveURL(/\/search\?q=%E6%9C%A8/);
  await expect(page.getByTestId("search-count")).toHaveText("検索結果 2件");
  await expect(page.getByTestId("result-2-2")).toContainText("モデル都市：ウラジオストク");
  await expect(page.getByTestId("result-6-5")).toBeVisible();
  await page.getByLabel("分野").selectOption({ label: "6 極東における産業振興、アジア太平洋地域に向けた輸出基地化" });
  await page.getByRole("button", { name: "検索" }).click();
  await expect(page.getByTestId("search-count")).toHaveText("検索結果 1件");
  await expect(page.getByLabel("キーワード")).toHaveValue("木造住宅");
  await page.getByTestId("result-6-5").getByRole("link").click();
  await expect(page).toHaveURL(/\/areas\/6\/5$/);
});

test("search finds English words and organisations, within an edition's own address", async ({ page }) => {
  await page.goto("/reports/2021-10/search?q=Toyota");
  await expect(page.getByTestId("search-count")).toHaveText("検索結果 1件");
  await expect(page.getByTestId("result-5-2").getByRole("link")).toHaveAttribute("href", "/reports/2021-10/areas/5/2");
  await page.goto("/search?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84%E8%AA%9E&area=abc&lifecycle=bogus");
  await expect(page.getByTestId("search-empty")).toHaveText("条件に合う項目はありません。");
});

test("the whole edition prints on A4 with each area from a new page and no navigation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "印刷用の全体版（A4）" }).click();
  await expect(page).toHaveURL(/\/print$/);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  for (let n = 1; n <= 9; n++) {
    await expect(page.getByTestId(`print-area-${n}`)).toHaveCSS("break-before", "page");
  }
  await expect(page.getByTestId("print-area-8")).toContainText("目標(400名)を上回る778名が参加");
  // The margins carry the as-of date on every page.
  expect(await page.locator("style").allTextContents()).toContainEqual(
    expect.stringContaining('@top-right { content: "2021年10月現在"'),
  );
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(9);
});

test("an area prints on its own with every item in full", async ({ page }) => {
  await page.goto("/areas/8");
  await page.getByRole("link", { name: "この分野を印刷用に表示（A4、全項目の詳細）" }).click();
  await expect(page).toHaveURL(/\/areas\/8\/print$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "8 両国間の多層での人的交流の飛躍的拡大（印刷用）",
  );
  await expect(page.getByTestId("print-area-8")).toContainText("目標(400名)を上回る778名が参加");
  // Thousands separators in figures.
  await expect(page.getByTestId("project-8-1").getByTestId("indicators")).toContainText("1,399");
  await expect(page.getByTestId("print-area-7")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await page.goto("/en/reports/2021-10/areas/8/print");
  await expect(page.getByTestId("print-area-8")).toContainText("Tourism");
});
