import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";

// JIS X 8341-3 AA corresponds to WCAG 2.x AA: axe's rules for those levels must all pass.
const pages = ["/", "/areas/1", "/areas/2/5", "/areas/8/3", "/areas/9", "/accessibility", "/no-such-page"];

for (const path of pages) {
  test(`no WCAG A/AA violations on ${path}`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
    expect(summary).toEqual([]);
    await context.close();
  });
}

test("keyboard users reach the main content first and see focus", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へ移動" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

// Staff screens are held to the same level as the public ones.
const staffPages = ["/staff", "/staff/users", "/staff/users/new"];
for (const path of staffPages) {
  test(`no WCAG A/AA violations on ${path} (admin)`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState("admin") });
    const page = await context.newPage();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    await context.close();
  });
}

test("no WCAG A/AA violations on /login, also with its error messages shown", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  await context.close();
});
