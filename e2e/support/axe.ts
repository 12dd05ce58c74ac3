import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// JIS X 8341-3 AA corresponds to WCAG 2.x AA: axe's rules for those levels must all pass.
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
}
