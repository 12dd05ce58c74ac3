import { expect, type Page } from "@playwright/test";

/** Makes a draft of the live data from the editions page (as an admin); its row in the list. */
export async function makeDraft(page: Page, period: string, titleJa: string, titleEn?: string) {
  await page.goto("/staff/editions");
  await page.getByLabel("年月").fill(period);
  await page.getByLabel("題名（日本語）").fill(titleJa);
  if (titleEn) await page.getByLabel("題名（英語）").fill(titleEn);
  await page.getByRole("button", { name: "現在のデータから下書きを作る" }).click();
  const row = page.getByTestId(`edition-${period}`);
  await expect(row).toContainText("下書き");
  return row;
}
