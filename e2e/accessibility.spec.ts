import { expect } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { test } from "./support/shared-contexts";

// JIS X 8341-3 AA corresponds to WCAG 2.x AA. The changes page with changes on it, the
// preview and the comparison are checked where an edition is published (staff-editions).
const pages = [
  "/",
  "/areas/1",
  "/areas/2/5",
  "/areas/8/3",
  "/areas/9",
  "/accessibility",
  "/no-such-page",
  "/reports",
  "/reports/2021-10",
  "/reports/2021-10/areas/3",
  "/reports/2021-10/areas/2/5",
  "/reports/2021-10/changes",
  "/search",
  "/search?q=%E6%9C%A8%E9%80%A0%E4%BD%8F%E5%AE%85&area=2",
  "/search?q=none-at-all",
  "/print",
  "/areas/8/print",
  "/map",
  "/areas/2/4",
];

// Every public page type in both languages: English lives under /en.
const bothLanguages = pages.flatMap((path) => [path, path === "/" ? "/en" : `/en${path}`]);

for (const path of bothLanguages) {
  test(`no WCAG A/AA violations on ${path}`, async ({ pageAs }) => {
    // A print page holds the whole edition (or area): axe takes its time over every node.
    test.slow(path.endsWith("print"));
    const page = await pageAs("reader");
    await page.goto(path);
    await expectAccessible(page);
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
const staffPages = [
  "/staff",
  "/staff/users",
  "/staff/users/new",
  "/staff/audit",
  "/staff/editions",
  "/staff/editions/compare",
  "/staff/import",
  "/staff/rounds",
  "/staff/outbox",
  "/staff/profile",
];
for (const path of staffPages) {
  test(`no WCAG A/AA violations on ${path} (admin)`, async ({ pageAs }) => {
    const page = await pageAs("admin");
    await page.goto(path);
    await expectAccessible(page);
  });
}

// What an editor sees differently: their own items first, their areas' download.
for (const path of ["/staff/projects", "/staff/import"]) {
  test(`no WCAG A/AA violations on ${path} (editor)`, async ({ pageAs }) => {
    const page = await pageAs("editor2");
    await page.goto(path);
    await expectAccessible(page);
  });
}

// The project editor, every tab, with every record's form opened.
for (const tab of [
  "",
  "/milestones",
  "/milestones/table",
  "/indicators",
  "/notes",
  "/partners",
  "/round",
  "/history",
]) {
  test(`no WCAG A/AA violations on the project editor${tab || "/details"}, forms open (editor)`, async ({ pageAs }) => {
    const page = await pageAs("editor2");
    await page.goto("/staff");
    await page.getByTestId("editable-projects").getByRole("link", { name: /2-② / }).click();
    await expect(page).toHaveURL(/\/staff\/projects\/[0-9a-f-]+$/);
    await page.goto(page.url() + tab);
    await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expectAccessible(page);
  });
}

test("no WCAG A/AA violations on /login, also with its error messages shown", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
