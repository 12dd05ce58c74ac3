import { expect, test } from "@playwright/test";

// The report's pictures, drawn on the server: figures against their targets, timelines,
// status counts and the map of places, each readable without JavaScript (axe checks these
// pages in the accessibility spec).

test("indicator bars show the seeded figures against their targets, without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/areas/2/4");
  const kazan = page.getByRole("row", { name: /カザンの日本式住宅の竣工戸数/ });
  await expect(kazan).toContainText("23戸");
  await expect(kazan).toContainText("180戸");
  await expect(kazan).toContainText("目標の12.8%");
  await expect(kazan.getByRole("img")).toHaveCount(1);
  await page.goto("/areas/8/3");
  const tourism = page.getByTestId("project-8-3").getByTestId("indicators");
  await expect(tourism).toContainText("778");
  await expect(tourism).toContainText("達成（目標の194.5%）");
  // Status counts are pictures with a text equivalent.
  await page.goto("/");
  await expect(page.getByRole("img", { name: /項目の状況/ }).first()).toBeVisible();
});

test("the milestone table draws each milestone's dates on one time axis, without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/areas/3/1");
  const table = page.getByTestId("milestones");
  await expect(table.getByRole("columnheader").last()).toContainText("時系列");
  const years = table.locator(".timeline-years > span");
  await expect(years).toHaveText(["2017", "2018", "2019", "2020", "2021"]);
  // One row of marks per dated milestone: nine done (filled), one cancelled before it happened (hollow).
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(10);
  await expect(table.locator("circle.timeline-actual")).toHaveCount(9);
  await expect(table.locator("circle.timeline-planned")).toHaveCount(1);
  // Each mark falls in its year's band: 2017 in the first, 2020 (planned, cancelled) in the fourth,
  // and the months of 2021 in the last.
  const centre = async (l: import("@playwright/test").Locator) => {
    const box = (await l.boundingBox())!;
    return box.x + box.width / 2;
  };
  const band = async (i: number) => {
    const box = (await years.nth(i).boundingBox())!;
    return [box.x, box.x + box.width];
  };
  for (const [row, year] of [
    [0, 0],
    [2, 2],
    [3, 3],
    [4, 4],
    [9, 4],
  ] as const) {
    const x = await centre(rows.nth(row).locator("circle"));
    const [from, to] = await band(year);
    expect(x).toBeGreaterThan(from!);
    expect(x).toBeLessThan(to!);
  }
  // The marks repeat the date cells, so screen readers skip them; the legend and the summary say it in words.
  await expect(table.locator("svg.timeline-marks").first()).toHaveAttribute("aria-hidden", "true");
  const timeline = page.getByTestId("milestone-timeline");
  await expect(timeline).toContainText("報告時点（2021年10月現在）");
  await expect(timeline).toContainText("日付のあるもの10件、日付なし0件");
  await expect(table).toHaveAttribute("aria-describedby", /timeline-/);
  // The status shapes come from one file that every badge refers to, kept by browsers for good.
  const href = (await table.locator(".status-badge use").first().getAttribute("href"))!;
  const [file, symbol] = href.split("#");
  const sprite = await page.request.get(file!);
  expect(sprite.headers()["content-type"]).toContain("image/svg+xml");
  expect(sprite.headers()["cache-control"]).toContain("immutable");
  expect(await sprite.text()).toContain(`<symbol id="${symbol}"`);
});

test("the map shows every seeded place with its items, and its table links into the edition", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "地図" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByTestId("places-map-svg")).toBeVisible();
  // 28 places since the Russian Far East (6-③, 6-⑥, 7-①, 7-②) became one: each drawn on its
  // own or, where places would lie on each other (around Moscow), in a group that counts them.
  const svg = page.getByTestId("places-map-svg");
  const alone = await svg.locator("[data-place]").count();
  const grouped = await svg
    .locator("[data-group]")
    .evaluateAll((groups) => groups.map((g) => g.getAttribute("data-group")!.split(" ")));
  expect(grouped.length).toBeGreaterThan(0);
  expect(alone + grouped.flat().length).toBe(28);
  expect(grouped.flat()).toContain("moscow");
  for (const members of grouped)
    await expect(svg.locator(`[data-group="${members.join(" ")}"] text`)).toHaveText(String(members.length));
  const farEast = page.getByTestId("place-row-russian-far-east");
  await expect(farEast.getByRole("rowheader")).toHaveText("ロシア極東");
  await expect(farEast.locator("td").nth(1)).toContainText("地域");
  await expect(farEast).toContainText("ICT・デジタル分野での協力");
  await expect(farEast).toContainText("極東地域プロジェクト開発促進会社");
  const vladivostok = page
    .getByTestId("places-table")
    .getByRole("row", { name: /ウラジオストク/ })
    .first();
  await expect(vladivostok).toContainText("モデル都市：ウラジオストク");
  await page.goto("/reports/2021-10/map");
  await expect(
    page
      .getByTestId("places-table")
      .getByRole("link", { name: /モデル都市：ウラジオストク/ })
      .first(),
  ).toHaveAttribute("href", "/reports/2021-10/areas/2/2");
});

test("the map draws the Northern Territories as Japan's and names each island, in Japanese and in English", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const ja = ["択捉島", "国後島", "色丹島", "歯舞群島"];
  const en = ["Etorofu Island", "Kunashiri Island", "Shikotan Island", "Habomai Islands"];
  // The whole map and the two closer views they lie in.
  const names = { "/map": ja, "/en/map": en, "/map/japan": ja, "/en/map/far-east": en };
  for (const [path, islands] of Object.entries(names)) {
    await page.goto(path);
    const svg = page.getByTestId("places-map-svg");
    for (const [i, island] of ["etorofu", "kunashiri", "shikotan", "habomai"].entries()) {
      await expect(svg.locator(`text[data-island="${island}"]`)).toHaveText(islands[i]!);
    }
    // Said in words too: the summary the map is described by, and what the map follows.
    await expect(page.getByTestId("places-map-summary")).toContainText(islands[0]!);
    await expect(page.getByTestId("places-map-source")).toContainText(
      islands === ja ? "外務省" : "Ministry of Foreign Affairs",
    );
    await expect(page.getByTestId("places-map-areas")).toContainText(
      islands === ja ? "北方領土を含む" : "including the Northern Territories",
    );
  }
});

test("each region of the map opens closer, with its own places under the whole map's numbers", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/map");
  const numbers = async () =>
    Object.fromEntries(
      await page
        .getByTestId("places-table")
        .locator("tbody tr")
        .evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute("data-testid"), r.querySelector("td, th")!.textContent!.trim()]),
        ),
    );
  const whole = await numbers();
  const regions = page.getByRole("navigation", { name: "地域ごとの拡大図" });
  await expect(regions.getByRole("link")).toHaveText(["ロシア極東・東シベリア", "ロシア西部・西シベリア", "日本"]);
  await expect(regions.locator("[aria-current=page]")).toHaveText("全体の地図");
  const seen = new Set<string>();
  for (const [name, path, inside, outside] of [
    ["ロシア極東・東シベリア", "/map/far-east", "place-row-vladivostok", "place-row-moscow"],
    ["ロシア西部・西シベリア", "/map/west", "place-row-moscow", "place-row-tokyo"],
    ["日本", "/map/japan", "place-row-tokyo", "place-row-vladivostok"],
  ] as const) {
    await page.getByRole("navigation", { name: "地域ごとの拡大図" }).getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`実施場所の地図（${name}）`);
    await expect(page.getByTestId("places-map-summary")).toContainText(name);
    const here = await numbers();
    expect(Object.keys(here)).toContain(inside);
    expect(Object.keys(here)).not.toContain(outside);
    // Every row keeps its number from the whole map, and every place drawn here is a row here.
    for (const [row, number] of Object.entries(here)) expect(number, row).toBe(whole[row]);
    const svg = page.getByTestId("places-map-svg");
    const drawn = [
      ...(await svg.locator("[data-place]").evaluateAll((m) => m.map((e) => e.getAttribute("data-place")!))),
      ...(await svg
        .locator("[data-group]")
        .evaluateAll((g) => g.flatMap((e) => e.getAttribute("data-group")!.split(" ")))),
    ];
    expect(drawn.map((key) => `place-row-${key}`).sort()).toEqual(Object.keys(here).sort());
    for (const key of drawn) seen.add(key);
  }
  // The three views together draw every located place of the whole map.
  expect(seen.size).toBe(28);
  await page.goto("/en/map/west");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map of places: Western Russia and Western Siberia");
  expect((await page.goto("/map/atlantis"))!.status()).toBe(404);
});
