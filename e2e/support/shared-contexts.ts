import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./accounts";

// Tests that only look at a page (the accessibility scans) share one browser context per
// worker and person, each test in a page of its own: the fonts, styles and scripts a fresh
// context would fetch and decode again are then fetched once. A reader has no cookies; a
// staff member's context holds their session only.

type SharedContexts = { contextOf: (who: "reader" | AccountName) => Promise<BrowserContext> };

export const test = base.extend<{ pageAs: (who: "reader" | AccountName) => Promise<Page> }, SharedContexts>({
  contextOf: [
    async ({ browser }, run) => {
      const contexts = new Map<string, Promise<BrowserContext>>();
      await run((who) => {
        if (!contexts.has(who))
          contexts.set(who, browser.newContext(who === "reader" ? {} : { storageState: storageState(who) }));
        return contexts.get(who)!;
      });
      for (const context of contexts.values()) await (await context).close();
    },
    { scope: "worker" },
  ],
  pageAs: async ({ contextOf }, run) => {
    const pages: Page[] = [];
    await run(async (who) => {
      const page = await (await contextOf(who)).newPage();
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.close();
  },
});
