import { test as base, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./accounts";

// Tests that only look at a page (the accessibility scans) share one browser context and one
// page per worker and person, and each starts by going to its address. A page's first
// navigation starts a renderer and decodes the site's styles, scripts and fonts again (about
// half a second of the CPU each time, measured); a navigation in a page already open does not.
// A reader has no cookies; a staff member's context holds their session only.

type Who = "reader" | AccountName;
type SharedPages = { pageOf: (who: Who) => Promise<Page> };

export const test = base.extend<{ pageAs: (who: Who) => Promise<Page> }, SharedPages>({
  pageOf: [
    async ({ browser }, run) => {
      const pages = new Map<Who, Promise<Page>>();
      await run((who) => {
        if (!pages.has(who))
          pages.set(
            who,
            browser
              .newContext(who === "reader" ? {} : { storageState: storageState(who) })
              .then((context) => context.newPage()),
          );
        return pages.get(who)!;
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: "worker" },
  ],
  // A test that failed may leave its page anywhere: the next one starts from a blank page.
  pageAs: async ({ pageOf }, run) => {
    const used: Page[] = [];
    await run(async (who) => {
      const page = await pageOf(who);
      used.push(page);
      return page;
    });
    if (test.info().status !== test.info().expectedStatus)
      for (const page of used) await page.goto("about:blank").catch(() => undefined);
  },
});
