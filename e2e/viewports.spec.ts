import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { test } from "./support/shared-contexts";

// Every public page type, in both languages, on a phone (390 × 844) and a desktop
// (1280 × 900): the page never scrolls sideways, no table cell is narrower than two
// characters of its own font, and the text of every chart and map is at least 12 px as drawn.
// A screenshot of each is kept with the results.

const pages = [
  "/",
  "/areas/3",
  "/areas/3/1",
  "/areas/2/5",
  "/map",
  "/map/far-east",
  "/search?q=%E6%9C%A8%E9%80%A0%E4%BD%8F%E5%AE%85",
  "/reports",
  "/reports/2021-10",
  "/reports/2021-10/changes",
  "/data",
  "/accessibility",
  "/contact",
  "/privacy",
  "/site-policy",
];
// The smallest phone in use (320) is held to the same layout checks; screenshots and axe are
// taken at the two common sizes.
const SIZES = [
  { name: "phone", width: 390, height: 844, full: true },
  { name: "desktop", width: 1280, height: 900, full: true },
  { name: "small", width: 320, height: 640, full: false },
] as const;

type Measure = { pageWidth: number; viewport: number; narrowCells: string[]; smallText: string[] };

/** What the page looks like to the reader, measured in the browser. */
const measure = (page: Page): Promise<Measure> =>
  page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none";
    };
    const label = (el: Element) => (el.textContent ?? "").trim().slice(0, 30);
    const narrowCells = [...document.querySelectorAll("main td, main th")]
      .filter((cell) => visible(cell) && (cell.textContent ?? "").trim().length > 1)
      .filter((cell) => {
        const style = getComputedStyle(cell);
        const inner =
          cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner < 2 * parseFloat(style.fontSize) - 0.5;
      })
      .map(label);
    // An SVG's text is drawn at its font size times the SVG's scale.
    const smallText = [...document.querySelectorAll("main svg text")]
      .filter(visible)
      .filter((text) => {
        const svg = (text as SVGTextElement).ownerSVGElement;
        const box = svg?.viewBox.baseVal;
        const scale = box && box.width ? svg!.getBoundingClientRect().width / box.width : 1;
        return parseFloat(getComputedStyle(text).fontSize) * scale < 12 - 0.01;
      })
      .map(label);
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      narrowCells,
      smallText,
    };
  });

for (const size of SIZES) {
  for (const path of pages.flatMap((p) => [p, p === "/" ? "/en" : `/en${p}`])) {
    test(`${path} at ${size.width} × ${size.height}: fits, with readable cells and charts`, async ({
      pageAs,
    }, testInfo) => {
      const page = await pageAs("reader");
      const before = page.viewportSize();
      await page.setViewportSize({ width: size.width, height: size.height });
      try {
        expect((await page.goto(path))?.status(), path).toBe(200);
        const found = await measure(page);
        if (size.full)
          await testInfo.attach(`${size.name}${path.replaceAll(/[/?=%&]+/g, "-")}.png`, {
            body: await page.screenshot({ fullPage: true }),
            contentType: "image/png",
          });
        expect(found.pageWidth, "the page scrolls sideways").toBeLessThanOrEqual(found.viewport);
        expect(found.narrowCells, "table cells narrower than two characters").toEqual([]);
        expect(found.smallText, "chart and map text under 12 px").toEqual([]);
        if (size.full) await expectAccessible(page);
      } finally {
        // The page is shared with the other scans of this worker.
        if (before) await page.setViewportSize(before);
      }
    });
  }
}

test("on a phone the menu opens from its button with the keyboard, and every page names its publisher and its policies", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto("/areas/3");
  const menu = page.getByTestId("menu");
  const button = menu.locator("summary");
  await expect(page.getByRole("link", { name: "地図" })).toBeHidden();
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("link", { name: "地図" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "概要" })).toBeFocused();
  await menu.getByRole("link", { name: "地図" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByTestId("publisher")).toHaveText("外務省・経済産業省ほか関係府省");
  const footer = page.getByRole("navigation", { name: "サイトについて" });
  for (const name of [
    "お問い合わせ",
    "プライバシーポリシー",
    "サイトポリシー（利用規約）",
    "ウェブアクセシビリティ方針",
  ])
    await expect(footer.getByRole("link", { name })).toBeVisible();
  await footer.getByRole("link", { name: "お問い合わせ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "お問い合わせ" })).toBeVisible();
  await expect(page.getByTestId("contact-lines")).toContainText("03-3580-3311");
  // Without JavaScript the menu still opens.
  const plain = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
  ).newPage();
  await plain.goto("/en");
  await plain.getByTestId("menu").locator("summary").click();
  await expect(plain.getByTestId("menu").getByRole("link", { name: "Map" })).toBeVisible();
  await expect(plain.getByTestId("footer-publisher")).toContainText("Ministry of Foreign Affairs");
  await plain.context().close();
  await page.context().close();
});

test("a frame that scrolls sideways takes focus and is named, and one whose content fits is neither", async ({
  browser,
}) => {
  const frames = (page: Page) =>
    page.locator("main [data-scrolls]").evaluateAll((all) =>
      all
        .filter((f) => f.getBoundingClientRect().width > 0)
        .map((f) => ({
          scrolls: f.scrollWidth > f.clientWidth + 1,
          focusable: f.getAttribute("tabindex") === "0",
          named: f.getAttribute("role") === "region" && !!f.getAttribute("aria-label"),
        })),
    );
  for (const [width, height, expectScrolling] of [
    [390, 844, true],
    [1280, 900, false],
  ] as const) {
    const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await page.goto("/areas/3/1");
    await expect(page.locator("main [data-scrolls]").first()).toBeAttached();
    await expect
      .poll(async () => (await frames(page)).every((f) => f.focusable === f.scrolls && f.named === f.scrolls))
      .toBe(true);
    const found = await frames(page);
    expect(
      found.some((f) => f.scrolls),
      `${width} px`,
    ).toBe(expectScrolling);
    if (expectScrolling) {
      // The keyboard reaches the frame and scrolls it.
      const frame = page.locator("main [data-scrolls=true]").first();
      await frame.focus();
      const [before, rtl] = await frame.evaluate(
        (f) => [f.scrollLeft, getComputedStyle(f).direction === "rtl"] as const,
      );
      // A frame that opens at its end (the timeline, the charts) scrolls back towards its start.
      await page.keyboard.press(before > 0 || rtl ? "ArrowLeft" : "ArrowRight");
      await expect.poll(() => frame.evaluate((f) => f.scrollLeft)).not.toBe(before);
    }
    await page.context().close();
  }
});
