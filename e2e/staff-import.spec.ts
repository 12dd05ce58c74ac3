import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";

// An editor round-trips the live data through Excel: downloads the export, edits a
// milestone of their area, tries the file, applies it, and finds the change in the
// project's history. A file that is not a spreadsheet is named as such.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Column number (1-based) of a key in a sheet whose header cells end in （key）. */
const column = (sheet: ExcelJS.Worksheet, key: string) =>
  (sheet.getRow(1).values as unknown[]).findIndex((v) => typeof v === "string" && v.endsWith(`（${key}）`));

test("an editor exports, edits a milestone in Excel, tries and applies the import, and the history shows the change", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await (
    await browser.newContext({ storageState: storageState("editor2"), acceptDownloads: true })
  ).newPage();
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "取り込み" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "取り込み（Excelでまとめて更新）" })).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel形式（.xlsx）で書き出す" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cooperation-plan-live-area2-\d{8}-\d{4}\.xlsx$/);
  await expect(page.getByTestId("export-scope")).toHaveText(
    "担当分野（2）の項目を書き出します。取り込めるのも担当分野の記録だけです。",
  );

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("節目（milestones）")!;
  const [codeCol, titleCol, englishCol] = [
    column(sheet, "project_code"),
    column(sheet, "title_ja"),
    column(sheet, "title_en"),
  ];
  // A milestone of area 2 with an English title, which the edit below leaves as it is.
  let target = 0;
  for (let n = 2; n <= sheet.rowCount && !target; n++)
    if (
      String(sheet.getRow(n).getCell(codeCol).value).startsWith("2-") &&
      String(sheet.getRow(n).getCell(englishCol).value ?? "").trim()
    )
      target = n;
  const code = String(sheet.getRow(target).getCell(codeCol).value);
  const title = `取り込みで変えた節目 ${Date.now()}`;
  sheet.getRow(target).getCell(titleCol).value = title;
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByLabel("取り込むファイル").setInputFiles({ name: "edited.xlsx", mimeType: XLSX, buffer });
  await page.getByRole("button", { name: "事前確認" }).click();
  const heading = page.getByRole("heading", { name: "事前確認の結果：edited.xlsx" });
  await expect(heading).toBeFocused();
  await expect(page.getByTestId("import-verdict")).toHaveText(
    "エラーと競合はありません。内容を確かめ、よければ「反映」を押してください。",
  );
  const counts = page.getByRole("table", { name: "表ごとの件数" });
  await expect(counts.getByRole("row", { name: /^節目/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expect(counts.getByRole("row", { name: "合計" }).getByRole("cell").nth(1)).toHaveText("1");
  await expect(page.getByRole("table", { name: "追加・変更・競合となる行" })).toContainText(title);
  // The English title stayed as it was: a warning, which does not stop the import.
  const warning = page
    .getByRole("table", { name: "確認してください（取り込みは止まりません）" })
    .getByRole("row")
    .nth(1);
  await expect(warning).toContainText(String(target));
  await expect(warning).toContainText("この英語の列はそのままです");
  await expectAccessible(page);

  await page.getByRole("button", { name: "反映" }).click();
  await expect(page.getByRole("heading", { name: "反映の結果：edited.xlsx" })).toBeFocused();
  await expect(page.getByTestId("import-verdict")).toHaveText("反映しました：追加0件、変更1件。");
  await page.getByRole("link", { name: `${code} の変更履歴` }).click();
  await expect(page.getByRole("heading", { name: "変更履歴" }).first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText(title);
});

test("a file that is not a spreadsheet is named as such, and nothing is offered to apply", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await page.goto("/staff/import");
  await page.getByRole("button", { name: "事前確認" }).click();
  await expect(page.locator("#import-file-error")).toHaveText("取り込むファイルを選んでください。");
  await page
    .getByLabel("取り込むファイル")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await page.getByRole("button", { name: "事前確認" }).click();
  await expect(page.getByRole("table", { name: "エラー（表・行・列ごと）" })).toContainText(
    "このファイルは取り込めません。",
  );
  await expect(page.getByRole("button", { name: "反映" })).toHaveCount(0);
  await expectAccessible(page);
  // A file over the limit is stopped before it is sent, with the limit named under the field.
  await page
    .getByLabel("取り込むファイル")
    .setInputFiles({ name: "big.xlsx", mimeType: XLSX, buffer: Buffer.alloc(11 * 1024 * 1024, 0x41) });
  await page.getByRole("button", { name: "事前確認" }).click();
  await expect(page.locator("#import-file-error")).toContainText("上限10MB");
  await expect(page.getByLabel("取り込むファイル")).toHaveAttribute("aria-invalid", "true");
});

test("viewers cannot open the import page; the export refuses unknown formats and anonymous callers", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto("/staff/import");
  await expect(page).toHaveURL(/\/staff\/forbidden$/);
  const response = await context.request.get("/staff/import/export?format=pdf");
  expect(response.status()).toBe(400);
  const anonymous = await (
    await browser.newContext()
  ).request.get("/staff/import/export?format=xlsx", { maxRedirects: 0 });
  expect([401, 307]).toContain(anonymous.status());
});
