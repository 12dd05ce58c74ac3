import { getTranslations } from "next-intl/server";
import { ReportTable } from "@/components/report/report-table";
import { SCHEMA_PATHS } from "@/lib/export/json-schema";

// How to get the data: the formats each edition is published in and the read-only API.
// The API's addresses are the same in both languages; only the explanations are translated.

const API = [
  { path: "/api/v1/editions", what: "list" },
  { path: "/api/v1/editions/{period}", what: "edition" },
  { path: "/api/v1/editions/{period}/csv", what: "csv" },
  { path: "/api/v1/editions/{period}/xlsx", what: "xlsx" },
  { path: "/api/v1/catalog", what: "catalog" },
  { path: SCHEMA_PATHS.edition, what: "editionSchema" },
  { path: SCHEMA_PATHS.tables, what: "tablesSchema" },
] as const;

const HOST = "HOST";
const CURL_EXAMPLE = [
  `curl -sS https://${HOST}/api/v1/editions`,
  `curl -sS -o 2021-10.json https://${HOST}/api/v1/editions/2021-10`,
  "sha256sum 2021-10.json",
  `curl -sS -o 2021-10-csv.zip https://${HOST}/api/v1/editions/2021-10/csv`,
  "sha256sum 2021-10-csv.zip",
].join("\n");

const heading = "text-std-24B-150";

export async function DownloadsSection() {
  const t = await getTranslations("dataDictionary");
  return (
    <section id="downloads" aria-labelledby="downloads-heading" className="space-y-2">
      <h2 id="downloads-heading" className={heading}>
        {t("downloadsHeading")}
      </h2>
      <p>{t("downloadsIntro")}</p>
      <ul className="list-disc space-y-1 pl-6" data-testid="formats">
        {(t.raw("formats") as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t("rules")}</p>
      <p>{t("formulaNote")}</p>
    </section>
  );
}

export async function ApiSection() {
  const t = await getTranslations("dataDictionary");
  return (
    <section id="api" aria-labelledby="api-heading" className="space-y-3">
      <h2 id="api-heading" className={heading}>
        {t("apiHeading")}
      </h2>
      <p>{t("apiIntro", { period: "{period}" })}</p>
      <ReportTable caption={t("apiCaption")} columns={[t("apiPath"), t("apiWhat")]} testId="api">
        {API.map((row) => (
          <tr key={row.path}>
            <th scope="row" className="whitespace-nowrap">
              <code>GET {row.path}</code>
            </th>
            <td>{t(`api.${row.what}`)}</td>
          </tr>
        ))}
      </ReportTable>
      <h3 className="text-std-20B-150">{t("verifyHeading")}</h3>
      <p>{t("verify")}</p>
      <ul className="list-disc pl-6">
        {(t.raw("verifyCommands") as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <figure className="space-y-1">
        <figcaption>{t("curlCaption", { host: HOST })}</figcaption>
        <pre
          className="overflow-x-auto rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4 text-dns-16N-130"
          tabIndex={0}
        >
          <code>{CURL_EXAMPLE}</code>
        </pre>
      </figure>
    </section>
  );
}
