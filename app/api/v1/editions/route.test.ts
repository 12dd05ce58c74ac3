import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { createDraftEdition } from "@/db/mutations/editions";
import { loadReportRows } from "@/db/queries/report-rows";
import { seedPublishedReport } from "@/lib/seed/report";
import { openFreshDatabase, queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { csvRows, sha256, unzip, xlsxSheets } from "@/lib/export/testing/read-back";
import { buildReport } from "@/lib/report/build";
import { forgetPublicEditions } from "@/lib/report/edition-list";
import { GET as getFile } from "./[period]/[format]/route";
import { GET as getEdition, OPTIONS } from "./[period]/route";
import { GET as getCatalog } from "../catalog/route";
import { GET as listEditions } from "./route";

// The open data API's contract, on a real database holding the seeded (published) edition
// and a draft that must never be served.

type Listed = {
  period: string;
  sha256: string;
  status: string;
  downloads: { format: string; url: string; size: number; sha256: string }[];
};
const slot = globalThis as unknown as { __trackerDb?: Promise<DbHandle> };
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe.each(testDbKinds())("open data API on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openFreshDatabase(kind);
    await seedPublishedReport(handle.db);
    await handle.db.transaction(async (tx) => {
      await createDraftEdition(
        tx,
        { period: "2021-11", asOfDate: "2021-11-01", titleJa: "下書き", titleEn: "" },
        buildReport(await loadReportRows(tx)),
        null,
        async () => {},
      );
    });
    slot.__trackerDb = Promise.resolve(handle);
    forgetPublicEditions();
  });
  afterAll(async () => {
    slot.__trackerDb = undefined;
    forgetPublicEditions();
    await handle.close();
  });

  const listing = async () => {
    const response = await listEditions();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    return ((await response.json()) as { editions: Listed[] }).editions;
  };

  it("lists public editions only, each with its three downloads, sizes and hashes", async () => {
    const editions = await listing();
    expect(editions.map((e) => [e.period, e.status])).toEqual([["2021-10", "published"]]);
    const [edition] = editions;
    expect(edition!.downloads.map((d) => d.format)).toEqual(["json", "csv", "xlsx"]);
    for (const d of edition!.downloads) {
      expect(d.size).toBeGreaterThan(10_000);
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(edition!.downloads[0]!.sha256).toBe(edition!.sha256);
  });

  it("serves the edition's JSON as exactly the bytes its sha256 names, with a strong ETag and immutable caching", async () => {
    const [edition] = await listing();
    const response = await getEdition(request("/api/v1/editions/2021-10"), params({ period: "2021-10" }));
    expect(response.status).toBe(200);
    const body = await bytesOf(response);
    expect(sha256(body)).toBe(edition!.sha256);
    expect(body.byteLength).toBe(edition!.downloads[0]!.size);
    expect(response.headers.get("etag")).toBe(`"${edition!.sha256}"`);
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(body.toString("utf8")).schemaVersion).toBe(1);
    const again = await bytesOf(await getEdition(request("/api/v1/editions/2021-10"), params({ period: "2021-10" })));
    expect(again.equals(body)).toBe(true);

    const revalidated = await getEdition(
      request("/api/v1/editions/2021-10", { "if-none-match": `"${edition!.sha256}"` }),
      params({ period: "2021-10" }),
    );
    expect(revalidated.status).toBe(304);
    expect(
      (
        await getEdition(
          request("/api/v1/editions/2021-10", { "if-none-match": '"other"' }),
          params({ period: "2021-10" }),
        )
      ).status,
    ).toBe(200);
  });

  it("answers 404 in JSON for an unknown period, a malformed one and a draft", async () => {
    for (const period of ["1999-01", "2021-13", "latest", "2021-11"]) {
      const response = await getEdition(request(`/api/v1/editions/${period}`), params({ period }));
      expect(response.status, period).toBe(404);
      expect(((await response.json()) as { error: string }).error).toContain(period);
      expect((await getFile(request(`/api/v1/editions/${period}/csv`), params({ period, format: "csv" }))).status).toBe(
        404,
      );
    }
    expect(
      (await getFile(request("/api/v1/editions/2021-10/pdf"), params({ period: "2021-10", format: "pdf" }))).status,
    ).toBe(404);
  });

  it("serves the CSV zip and the workbook as the listed bytes, which open with the edition's counts", async () => {
    const [edition] = await listing();
    const model = JSON.parse(
      (await bytesOf(await getEdition(request("/api/v1/editions/2021-10"), params({ period: "2021-10" })))).toString(
        "utf8",
      ),
    );
    const milestones = model.areas.flatMap((a: { projects: { milestones: unknown[] }[] }) =>
      a.projects.flatMap((p) => p.milestones),
    ).length;
    for (const format of ["csv", "xlsx"] as const) {
      const listed = edition!.downloads.find((d) => d.format === format)!;
      const response = await getFile(
        request(`/api/v1/editions/2021-10/${format}`),
        params({ period: "2021-10", format }),
      );
      expect(response.status).toBe(200);
      const body = await bytesOf(response);
      expect(sha256(body), format).toBe(listed.sha256);
      expect(body.byteLength).toBe(listed.size);
      expect(response.headers.get("etag")).toBe(`"${listed.sha256}"`);
      expect(response.headers.get("content-disposition")).toContain(
        format === "csv" ? "cooperation-plan-2021-10-csv.zip" : "cooperation-plan-2021-10.xlsx",
      );
      const rows =
        format === "csv"
          ? csvRows((await unzip(body)).get("milestones.csv")!)
          : (await xlsxSheets(body)).get("milestones")!;
      expect(rows.length - 1).toBe(milestones);
    }
  });

  it("describes the editions as a DCAT catalogue whose distributions carry the listed sizes and hashes", async () => {
    const [edition] = await listing();
    const response = await getCatalog();
    expect(response.headers.get("content-type")).toContain("application/ld+json");
    const body = (await response.json()) as {
      "dcat:dataset": {
        "dct:identifier": string;
        "dcat:distribution": {
          "dcat:downloadURL": string;
          "dcat:byteSize": { "@value": number };
          "spdx:checksum": { "spdx:checksumValue": string };
        }[];
      }[];
    };
    expect(body["dcat:dataset"].map((d) => d["dct:identifier"])).toEqual(["2021-10"]);
    const distributions = body["dcat:dataset"][0]!["dcat:distribution"];
    expect(
      distributions.map((d) => [
        d["dcat:downloadURL"],
        d["dcat:byteSize"]["@value"],
        d["spdx:checksum"]["spdx:checksumValue"],
      ]),
    ).toEqual(edition!.downloads.map((d) => [d.url, d.size, d.sha256]));
  });

  it("answers a CORS preflight for conditional requests", async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("keeps an edition's files: the database refuses to change them", async () => {
    await listing();
    const stored = await queryRows<{ n: number }>(handle, sql`select count(*)::int as n from edition_files`);
    expect(stored[0]!.n).toBe(2);
    const refusal = (query: ReturnType<typeof sql>) =>
      handle.db.execute(query).then(
        () => "written",
        (e: Error & { cause?: Error }) => String(e.cause?.message ?? e.message),
      );
    expect(await refusal(sql`update edition_files set size = 1`)).toMatch(/cannot change/);
    expect(await refusal(sql`delete from edition_files`)).toMatch(/cannot be deleted/);
  });
});
