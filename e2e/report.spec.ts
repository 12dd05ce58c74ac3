import { expect, test } from "@playwright/test";

test.describe("public report", () => {
  test("overview → area → item shows the seeded report", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("概要 – 8項目の「協力プラン」進捗トラッカー");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("8項目の「協力プラン」：概要");
    await expect(page.getByText("2021年10月現在")).toBeVisible();
    await expect(page.getByText("令和3年10月").first()).toBeVisible();
    // The nine areas, each with its overview bullets.
    for (let n = 1; n <= 9; n++) await expect(page.getByTestId(`area-card-${n}`)).toBeVisible();
    await expect(page.getByTestId("area-card-9")).toContainText("分野横断的事項");
    await expect(page.getByTestId("area-card-1")).toContainText("日露予防医療センターの建設(ハバロフスク)");
    await expect(page.getByTestId("plan-note")).toContainText("200件を超える民間プロジェクト");

    await page.getByRole("link", { name: /^8 両国間の多層での人的交流の飛躍的拡大/ }).click();
    await expect(page).toHaveURL(/\/areas\/8$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("両国間の多層での人的交流の飛躍的拡大");
    // The area page sums each item up: its status and its milestones counted by status.
    const tourism = page.getByTestId("project-8-3");
    await expect(tourism.getByTestId("milestone-counts")).toContainText("完了");
    await expect(tourism).toContainText("実施状況");
    await expect(tourism.getByTestId("progress")).toHaveCount(0);

    await tourism.getByRole("link", { name: "観光交流" }).click();
    await expect(page).toHaveURL(/\/areas\/8\/3$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("観光交流");
    // The item page has it in full. Status is shown as text beside its icon.
    await expect(page.getByTestId("progress")).toContainText("目標(400名)を上回る778名が参加");
    await expect(page.getByTestId("indicators")).toContainText("778");
    await expect(page.getByTestId("indicators")).toContainText("400");
    await expect(page.getByTestId("milestones")).toContainText("完了");
    await expect(page.getByRole("navigation", { name: "現在位置" }).locator('[aria-current="page"]')).toContainText(
      "観光交流",
    );
    await expect(page.getByTestId("organizations")).toContainText("観光庁");
    await expect(page.getByTestId("organizations")).toContainText("日本側");
  });

  test("an item shows organisations with their side, places, milestones and the cross-reference", async ({ page }) => {
    await page.goto("/areas/1/8");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("新薬製造・販売");
    const orgs = page.getByTestId("organizations");
    await expect(orgs).toContainText("大塚製薬");
    await expect(orgs).toContainText("R-Pharm");
    await expect(orgs).toContainText("ロシア側");
    await expect(page.getByTestId("progress")).toContainText("2021年内に販売開始予定");
    const milestones = page.getByTestId("milestones");
    await expect(milestones).toContainText("2017年6月");
    await expect(milestones).toContainText("2021年内");
    await expect(milestones).toContainText("予定");

    await page.goto("/areas/1/6");
    await expect(page.getByTestId("same-as")).toContainText("極東におけるリハビリテーションの普及");
    await page.getByTestId("same-as").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/areas\/6\/7$/);
  });

  test("fiscal years and approximate values are written as the report writes them", async ({ page }) => {
    await page.goto("/areas/3/1");
    await expect(page.getByTestId("indicators")).toContainText("2019年度");
    await page.goto("/areas/2/5");
    await expect(page.getByTestId("indicators")).toContainText("約5,400");
  });

  test("unknown areas and items give the 404 page", async ({ page }) => {
    for (const path of ["/areas/1/99", "/areas/10", "/areas/abc", "/areas/1/1/extra", "/no-such-page"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByTestId("not-found")).toContainText("ページが見つかりません");
    }
    for (const path of ["/en/areas/1/99", "/en/reports/1999-01", "/en/no-such-page"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByTestId("not-found")).toContainText("Page not found");
    }
    expect((await page.goto("/fr/areas/1"))?.status()).toBe(404);
  });

  test("addresses that name nothing answer 404 with a page readable without JavaScript, in their language", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const cases = [
      ...[
        "/areas/99",
        "/areas/1/99",
        "/areas/99/print",
        "/reports/1999-01",
        "/reports/2021-10/areas/99",
        "/reports/2021-10/areas/1/99",
        "/reports/1999-01/changes",
        "/reports/1999-01/map",
        "/reports/1999-01/search?q=%E6%97%A5%E6%9C%AC",
      ].map((path) => ({ path, lang: "ja", text: "ページが見つかりません", other: "Page not found" })),
      ...[
        "/en/areas/99",
        "/en/areas/1/99",
        "/en/reports/1999-01",
        "/en/reports/2021-10/areas/99/print",
        "/en/reports/1999-01/search",
      ].map((path) => ({ path, lang: "en", text: "Page not found", other: "ページが見つかりません" })),
    ];
    for (const { path, lang, text, other } of cases) {
      // Twice: the first answer is rendered, the second comes from the cache.
      for (let i = 0; i < 2; i++) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(text);
        await expect(page.getByTestId("not-found"), path).toBeVisible();
        await expect(page.getByTestId("not-found"), path).not.toContainText(other);
        await expect(page, path).toHaveTitle(
          `${text} – ${lang === "ja" ? "8項目の「協力プラン」進捗トラッカー" : "Eight-point Cooperation Plan Progress Tracker"}`,
        );
      }
    }
    await context.close();
  });

  test("pages are readable without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/areas/6/8");
    await expect(page.getByTestId("project-6-8")).toContainText("2018年12月18日に日露企業間で株主間協定を締結");
    await page.goto("/en/areas/6");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Promoting industry in the Far East");
    // Addresses that match nothing are rendered on the server too.
    await page.goto("/no-such-page");
    await expect(page.getByTestId("not-found")).toContainText("ページが見つかりません");
    await expect(page.getByTestId("not-found")).toContainText("Page not found");
    await context.close();
  });

  test("health reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });
});

test("the report reads in English at /en, and the switch keeps the reader on the same page both ways", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/areas/8/2");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/areas\/8\/2$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("report-date")).toHaveText("As of October 2021");
  await expect(page.getByTestId("indicators")).toContainText("216,000 people");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Interregional exchange");
  // 「市長を始めとする訪問団」
  await expect(page.getByTestId("progress").first()).toContainText(
    "a delegation led by the Mayor visited Saint Petersburg",
  );
  // Links inside the English pages stay English.
  await expect(
    page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Archive" }),
  ).toHaveAttribute("href", "/en/reports");
  await page.getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/areas\/8\/2$/);
  await expect(page).not.toHaveURL(/\/(en|ja)\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("report-date")).toHaveText("2021年10月現在（令和3年10月）");
});

test("each page names its other language for search engines, and its language is the address's", async ({
  request,
  page,
}) => {
  await page.goto("/en/reports/2021-10/areas/2/2");
  const alternates = await page
    .locator('head link[rel="alternate"]')
    .evaluateAll((links) => links.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`));
  expect(alternates.sort()).toEqual([
    "en /en/reports/2021-10/areas/2/2",
    "ja /reports/2021-10/areas/2/2",
    "x-default /reports/2021-10/areas/2/2",
  ]);
  // The language is the address's: a Japanese address is Japanese whatever the browser prefers.
  const english = await request.get("/areas/2/2", { headers: { "accept-language": "en-US,en;q=0.9" } });
  expect(await english.text()).toContain('<html lang="ja"');
  const ja = await request.get("/ja/areas/2/2", { maxRedirects: 0 });
  expect(ja.status()).toBe(308);
  expect(ja.headers()["location"]).toMatch(/(^|[^/])\/areas\/2\/2$/);
});

test("published pages are served from cache: a later view is a cache hit", async ({ request }) => {
  const paths = ["/", "/en/areas/2", "/reports/2021-10/areas/2/2", "/en/map"];
  for (const path of paths) await request.get(path);
  // A page lives until the next publication, not a second (as Next assumes of a page whose
  // lifetime it was not told, which the shared cache in Redis must therefore keep).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (const path of paths) {
    const again = await request.get(path);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
  }
});

test("counts add up: the overview says which items are listed in two areas, in both languages", async ({ page }) => {
  await page.goto("/");
  const plan = page.getByTestId("items-count").first();
  await expect(plan).toContainText("42項目（うち2項目は2つの分野に掲載：");
  await expect(plan).toContainText("1-⑥＝6-⑦");
  await expect(plan).toContainText("2-②＝6-⑤");
  await expect(plan).toContainText("分野ごとの項目数の合計は44");
  await expect(page.getByTestId("area-card-1").getByTestId("items-count")).toContainText(
    "うち1項目は他の分野にも掲載：1-⑥＝6-⑦",
  );
  await page.goto("/en");
  await expect(page).toHaveTitle("Overview – Eight-point Cooperation Plan Progress Tracker");
  await expect(page.getByTestId("items-count").first()).toContainText("42 items (of which 2 appear in two areas");
  await expect(page.getByTestId("items-count").first()).toContainText("add up to 44");
});

test("an item says nothing of an outlook never assessed, and a caption is the caption of a photo not published", async ({
  page,
}) => {
  await page.goto("/areas/3/1");
  await expect(page).toHaveTitle(/^3-① .+ – 8項目の「協力プラン」進捗トラッカー$/);
  await expect(page.getByTestId("project-3-1")).toContainText("実施状況");
  await expect(page.locator("main")).not.toContainText("見通し");
  await expect(page.locator("main")).not.toContainText("未評価");
  const captions = page.getByTestId("captions");
  await expect(captions).toContainText("写真（非掲載）：イノプロムでの商談の様子");
  await expect(captions.locator("img")).toHaveCount(0);
  await page.goto("/en/areas/3/1");
  await expect(page.locator("main")).not.toContainText("Not assessed");
  await expect(page.getByTestId("captions")).toContainText("Photo (not published): Business talks at INNOPROM");
});
