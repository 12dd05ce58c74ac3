import type { EditionMeta } from "@/db/queries/editions";
import type { Download } from "@/lib/export/edition-files";
import { downloadPath, MEDIA_TYPES } from "@/lib/export/downloads";
import ja from "@/messages/ja.json";
import en from "@/messages/en.json";

// The editions as a DCAT catalogue (JSON-LD), the shape CKAN and the government's data
// catalogue harvest: one dataset per edition, one distribution per download with its
// size and SHA-256. Addresses are relative to the catalogue's own.

const both = (jaText: string, enText: string | null) => [
  { "@value": jaText, "@language": "ja" },
  ...(enText ? [{ "@value": enText, "@language": "en" }] : []),
];

const LICENSE = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";

export function catalog(editions: EditionMeta[], downloads: Map<string, Download[]>) {
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      spdx: "http://spdx.org/rdf/terms#",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@type": "dcat:Catalog",
    "dct:title": both(ja.site.name, en.site.name),
    "dct:description": both(ja.site.description, en.site.description),
    "dct:publisher": { "@type": "foaf:Organization", "foaf:name": both(ja.site.publisher, en.site.publisher) },
    "dct:license": LICENSE,
    "dcat:dataset": editions.map((e) => ({
      "@type": "dcat:Dataset",
      "dct:identifier": e.period,
      "dct:title": both(e.titleJa, e.titleEn || null),
      "dct:temporal": { "@type": "dct:PeriodOfTime", "dcat:endDate": { "@value": e.asOfDate, "@type": "xsd:date" } },
      "dct:issued": e.publishedAt ? { "@value": e.publishedAt.toISOString(), "@type": "xsd:dateTime" } : null,
      "dct:modified": { "@value": (e.withdrawnAt ?? e.publishedAt)?.toISOString() ?? null, "@type": "xsd:dateTime" },
      "dct:license": LICENSE,
      "dcat:landingPage": `/reports/${e.period}`,
      ...(e.status === "withdrawn"
        ? { "dct:description": both(e.withdrawnReasonJa ?? "", e.withdrawnReasonEn || null) }
        : {}),
      "dcat:distribution": (downloads.get(e.id) ?? []).map((d) => ({
        "@type": "dcat:Distribution",
        "dcat:downloadURL": downloadPath(e.period, d.format),
        "dcat:mediaType": MEDIA_TYPES[d.format].split(";")[0],
        "dcat:byteSize": { "@value": d.size, "@type": "xsd:nonNegativeInteger" },
        "spdx:checksum": { "spdx:algorithm": "spdx:checksumAlgorithm_sha256", "spdx:checksumValue": d.sha256 },
        "dct:conformsTo": d.format === "json" ? "/api/v1/schema/edition" : "/api/v1/schema/tables",
      })),
    })),
  };
}
