import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { makeDraft } from "./support/editions";

// The preview of an edition is the public site as it will be: every link inside it (map,
// search, print, areas, items, changes) leads to a page of the same preview, not to a 404 and
// not to the public pages. Only the banner's staff tools (compare, back to the editions) lead out.

test("every link of a draft's preview stays inside the preview and leads to a page", async ({ browser }) => {
  test.setTimeout(120_000); // about seventy pages, each rendered by the server per request
  const page = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  const row = await makeDraft(page, "2040-02", "2040年2月現在");
  await row.getByRole("link", { name: /プレビュー/ }).click();
  await expect(page.getByTestId("preview-notice")).toContainText("未公開の下書き");
  const base = new URL(page.url()).pathname;
  expect(base).toMatch(/^\/staff\/editions\/[0-9a-f-]{36}$/);
  const tools = new Set(["/staff/editions", `/staff/editions/compare?to=${base.split("/").pop()}`]);

  const seen = new Set([base]);
  const queue = [base];
  while (queue.length > 0) {
    const path = queue.shift()!;
    // The links are in the HTML as served: each page is fetched in the admin's session, not rendered.
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).not.toContain('data-testid="not-found"');
    expect(html, path).toContain('data-testid="preview-notice"');
    for (const href of linksInMain(html)) {
      const url = new URL(href, new URL(path, page.url()));
      if (href.startsWith("#") || url.origin !== new URL(page.url()).origin) continue;
      if (tools.has(url.pathname + url.search)) continue;
      expect(url.pathname === base || url.pathname.startsWith(`${base}/`), `${href} on ${path}`).toBe(true);
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname + url.search);
      }
    }
  }
  for (const sub of [
    "/map",
    "/map/far-east",
    "/search",
    "/print",
    "/changes",
    "/areas/1",
    "/areas/1/print",
    "/areas/1/6",
    "/areas/9/1",
  ]) {
    expect(seen.has(base + sub), `${sub} is linked from the preview`).toBe(true);
  }
});

/** The href of every link inside the page's <main>, as React writes them (attributes in double quotes). */
function linksInMain(html: string): string[] {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  expect(main.length, "the page has a <main>").toBeGreaterThan(0);
  return [...main.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) =>
    match[1]!
      .replaceAll("&amp;", "&")
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">"),
  );
}
