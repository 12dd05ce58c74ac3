import type { Page } from "@playwright/test";

/**
 * Opens the form of milestone 「市民向け普及啓発講座のロシア全土への展開」 of item 1-④ (a milestone
 * still planned in the seeded report), from the staff project list; its list entry.
 */
export async function openPlannedMilestone(page: Page) {
  await page.goto("/staff/projects?q=1-4");
  await page.getByTestId("project-list").getByRole("link", { name: "高齢者医療保健分野", exact: true }).click();
  await page.getByRole("navigation", { name: "項目の編集メニュー" }).getByRole("link", { name: "節目" }).click();
  const milestone = page
    .locator("summary", { hasText: "市民向け普及啓発講座のロシア全土への展開" })
    .locator("xpath=ancestor::li[1]");
  await milestone.locator("summary").click();
  return milestone;
}
