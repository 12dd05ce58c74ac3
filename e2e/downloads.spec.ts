import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";

// An edition's data as a researcher gets it from the running app: the downloads listed on
// the edition's page, each checked against the sha256 printed beside it, and the API.

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test.describe("open data downloads", () => {
  test("the edition page lists JSON, CSV and Excel with sizes, and each download matches its printed sha256", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    const section = page.getByTestId("edition-downloads");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("この版のデータ（オープンデータ）");
    await expect(section).toContainText("UTF-8（BOM付き）");
    await expect(section).toContainText("公共データ利用規約（第1.0版）");
    for (const format of ["json", "csv", "xlsx"]) {
      const row = section.getByTestId(`download-${format}`);
      await expect(row).toContainText(/\d+(\.\d)? (KB|MB)/);
      const printed = (await row.locator("td").last().textContent())!.trim();
      expect(printed).toMatch(/^[0-9a-f]{64}$/);
      const href = (await row.getByRole("link").getAttribute("href"))!;
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      expect(sha256(await response.body()), format).toBe(printed);
    }
    // The browser's own download of the workbook, by its link.
    const downloading = page.waitForEvent("download");
    await section.getByRole("link", { name: "Excel（XLSX）" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("cooperation-plan-2021-10.xlsx");
  });

  test("the English page lists the same downloads in English", async ({ page }) => {
    await page.goto("/en/reports/2021-10");
    const section = page.getByTestId("edition-downloads");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("This edition's data (open data)");
    await expect(section).toContainText("UTF-8 with a byte order mark");
    await expect(section.getByRole("link", { name: "Data dictionary and API" })).toHaveAttribute("href", "/en/data");
  });

  test("the API lists editions and serves each one unchanged, revalidated by its ETag", async ({ request }) => {
    const list = await request.get("/api/v1/editions");
    expect(list.status()).toBe(200);
    const { editions } = (await list.json()) as {
      editions: { period: string; sha256: string; downloads: { format: string; url: string; sha256: string }[] }[];
    };
    const edition = editions.find((e) => e.period === "2021-10")!;
    expect(edition.downloads.map((d) => d.format)).toEqual(["json", "csv", "xlsx"]);

    const json = await request.get("/api/v1/editions/2021-10");
    expect(json.status()).toBe(200);
    expect(sha256(await json.body())).toBe(edition.sha256);
    expect(json.headers()["etag"]).toBe(`"${edition.sha256}"`);
    expect(json.headers()["cache-control"]).toContain("immutable");
    // What a fresh install publishes is the report as corrected against its source (see /data's change log).
    type Item = {
      slug: string;
      locations: { key: string; kind: string }[];
      milestones: { status: string; actual: unknown }[];
      indicators: { key: string; decimals: number; direction: string }[];
      organizations: { key: string; side: string }[];
    };
    const items = ((await json.json()) as { areas: { projects: Item[] }[] }).areas.flatMap((a) => a.projects);
    const item = (slug: string) => items.find((p) => p.slug === slug)!;
    expect(items.flatMap((p) => p.milestones).filter((m) => m.actual !== null && m.status !== "completed")).toEqual([]);
    expect(item("8-2").indicators.find((i) => i.key === "j-fest-participants")?.decimals).toBe(1);
    expect(item("2-1").indicators.find((i) => i.key === "average-delay-reduction")?.direction).toBe("increase");
    expect(item("6-7").organizations.find((o) => o.key === "hokuto-rehabilitation-center")?.side).toBe("jp");
    for (const slug of ["6-3", "6-6", "7-1", "7-2"])
      expect(item(slug).locations, slug).toContainEqual(
        expect.objectContaining({ key: "russian-far-east", kind: "region" }),
      );
    const again = await request.get("/api/v1/editions/2021-10", {
      headers: { "if-none-match": `"${edition.sha256}"` },
    });
    expect(again.status()).toBe(304);
    // The stored files too, answered from their listed hash with no body.
    for (const download of edition.downloads.filter((d) => d.format !== "json")) {
      const cached = await request.get(download.url, { headers: { "if-none-match": `"${download.sha256}"` } });
      expect(cached.status(), download.format).toBe(304);
      expect((await cached.body()).byteLength).toBe(0);
    }

    const missing = await request.get("/api/v1/editions/1999-01");
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain("1999-01");
  });
});
