import { CACHE_POLICY } from "@/lib/cache-policy";
import { CORS_HEADERS, preflight } from "@/lib/api/open-data";
import { editionDownloads } from "@/lib/export/edition-files";
import { downloadPath, MEDIA_TYPES } from "@/lib/export/downloads";
import { localeBase } from "@/lib/report/paths";
import { publicEditions } from "@/lib/report/edition-list";

// GET /api/v1/editions: every public edition (published or withdrawn), newest first, with
// the sha256 and size of each download so that a reader can check what they fetched.
// Addresses are relative to this API's own host.
export async function GET() {
  const editions = await publicEditions();
  const downloads = await editionDownloads(editions);
  const body = {
    editions: editions.map((e) => ({
      period: e.period,
      asOfDate: e.asOfDate,
      title: { ja: e.titleJa, en: e.titleEn || null },
      status: e.status,
      publishedAt: e.publishedAt?.toISOString() ?? null,
      withdrawnAt: e.withdrawnAt?.toISOString() ?? null,
      withdrawnReason: e.withdrawnAt ? { ja: e.withdrawnReasonJa, en: e.withdrawnReasonEn || null } : null,
      sha256: e.sha256,
      pages: { ja: `${localeBase("ja")}/reports/${e.period}`, en: `${localeBase("en")}/reports/${e.period}` },
      downloads: (downloads.get(e.id) ?? []).map((d) => ({
        format: d.format,
        mediaType: MEDIA_TYPES[d.format],
        url: downloadPath(e.period, d.format),
        size: d.size,
        sha256: d.sha256,
      })),
    })),
    license: { name: "公共データ利用規約（第1.0版）/ Public Data License (Version 1.0)", compatibleWith: "CC BY 4.0" },
    dictionary: { ja: "/data", en: "/en/data" },
    schemas: { edition: "/api/v1/schema/edition", tables: "/api/v1/schema/tables" },
    catalog: "/api/v1/catalog",
  };
  // The list changes only when an edition is published or withdrawn.
  return Response.json(body, { headers: { ...CORS_HEADERS, "cache-control": CACHE_POLICY.latest } });
}

export const OPTIONS = preflight;
