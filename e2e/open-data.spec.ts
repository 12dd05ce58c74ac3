import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

// The open data page explains the published files, the API, the licence and every column;
// the schemas it points to are served to any site.

test("/data explains the files, the licence and the milestones' planned date", async ({ page }) => {
  await page.goto("/data");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1, name: "オープンデータ・データ辞書" })).toBeVisible();
  await expect(page.getByTestId("formats")).toContainText("UTF-8（BOM付き）");
  await expect(page.getByTestId("formats")).toContainText("日本語版のExcelでもUTF-8として開けます");
  await expect(page.locator("#licence")).toContainText("公共データ利用規約（第1.0版）");
  await expect(page.getByTestId("attribution")).toContainText("出典：8項目の「協力プラン」進捗状況（2021年10月現在）");
  const milestones = page.getByRole("table", { name: "節目（milestones）の列" });
  const planned = milestones.getByRole("row", { name: /^planned_date / });
  await expect(planned).toContainText("予定時期");
  await expect(planned).toContainText("planned_precision");
  await expect(planned).toContainText("2021年度");
  await expect(planned.getByRole("link", { name: "コード表 date_precision" })).toHaveCount(0);
  await expect(
    milestones.getByRole("row", { name: /^planned_precision / }).getByRole("link", { name: "コード表 date_precision" }),
  ).toHaveAttribute("href", "#code-date_precision");
  // Staff-only columns (versions, live ids) are not part of the public files.
  await expect(milestones.getByRole("row", { name: /^version / })).toHaveCount(0);
  await expect(page.getByRole("table", { name: /^milestone_status/ })).toContainText("遅延");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "オープンデータ・データ辞書" })).toHaveAttribute(
    "href",
    "/data",
  );
  // The change log records the correction of the October 2021 edition's data.
  const corrections = page.getByRole("table", { name: "データの訂正（新しいものが下）" });
  await expect(corrections.getByRole("row", { name: /2021-10/ })).toContainText("ロシア極東");
  await expect(corrections).toContainText("約21.6万人");
});

test("/en/data is in English", async ({ page }) => {
  await page.goto("/en/data");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Open data and data dictionary" })).toBeVisible();
  await expect(page.getByTestId("formats")).toContainText("Excel in Japan opens it as UTF-8");
  const planned = page
    .getByRole("table", { name: "Columns of Milestones (milestones)" })
    .getByRole("row", { name: /^planned_date / });
  await expect(planned).toContainText("fiscal 2021 (April 2021 – March 2022)");
  await expect(page.getByTestId("attribution")).toContainText(
    "Source: Progress of the Eight-point Cooperation Plan (as of October 2021)",
  );
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "Open data and data dictionary" }),
  ).toHaveAttribute("href", "/en/data");
  const corrections = page.getByRole("table", { name: "Corrections of the data (newest last)" });
  await expect(corrections.getByRole("row", { name: /2021-10/ })).toContainText("Russian Far East");
  await expect(corrections).toContainText("a delegation led by the Mayor");
});

for (const path of ["/data", "/en/data"]) {
  test(`no WCAG A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}

for (const name of ["edition", "tables"]) {
  test(`GET /api/v1/schema/${name} is an open JSON Schema`, async ({ request }) => {
    const response = await request.get(`/api/v1/schema/${name}`, { headers: { Origin: "https://example.org" } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["content-type"]).toContain("application/schema+json");
    expect(headers["cache-control"]).toBe("public, max-age=3600");
    const schema = await response.json();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect((await request.post(`/api/v1/schema/${name}`)).status()).toBe(405);
  });
}
