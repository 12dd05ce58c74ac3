import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { ImportForm } from "@/components/staff/import-form";
import type { ImportLabels } from "@/components/staff/import-labels";
import { StaffNav } from "@/components/staff/staff-nav";
import { GetSelect, getButton } from "@/components/forms/get-select";
import { getDb } from "@/db/client";
import { listAreaTitles } from "@/db/queries/areas";
import { requireStaff } from "@/lib/auth/current-user";
import { can, ownAreasOf } from "@/lib/domain/permissions";
import { TABLES } from "@/lib/export/tables";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-file";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title"), robots: { index: false } };
}

/** Sheets and columns as the export names them (Japanese or English name, then the key). */
function labelsFor(locale: string): ImportLabels {
  const name = (x: { ja: string; en: string }, key: string) =>
    locale === "en" ? `${x.en} (${key})` : `${x.ja}（${key}）`;
  return {
    tables: Object.fromEntries(TABLES.map((t) => [t.name, name(t, t.name)])),
    columns: Object.fromEntries(
      TABLES.map((t) => [t.name, Object.fromEntries(t.columns.map((c) => [c.key, name(c, c.key)]))]),
    ),
  };
}

export default async function ImportPage() {
  const user = await requireStaff("/staff/import", "projects.edit");
  const [t, locale, areas] = await Promise.all([getTranslations("import"), getLocale(), listAreaTitles(await getDb())]);
  // An editor's download holds the areas they may change; an admin's, every area or one.
  const own = ownAreasOf(user);
  const limitMb = MAX_IMPORT_BYTES / 1024 / 1024;
  return (
    <div className="space-y-10">
      <StaffNav user={user} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <section aria-labelledby="import-steps" className="space-y-2">
        <h2 id="import-steps" className="text-std-24B-150">
          {t("stepsTitle")}
        </h2>
        <ol className="list-decimal space-y-1 pl-8">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
      </section>
      <section aria-labelledby="import-download" className="space-y-2">
        <h2 id="import-download" className="text-std-24B-150">
          {t("downloadTitle")}
        </h2>
        <ul className="space-y-1">
          {/* Plain links: the browser saves the download itself. */}
          <li>
            <a href="/staff/import/export?format=xlsx" className="inline-flex min-h-11 items-center" download>
              {t("downloadXlsx")}
            </a>
          </li>
          <li>
            <a href="/staff/import/export?format=csv" className="inline-flex min-h-11 items-center" download>
              {t("downloadCsv")}
            </a>
          </li>
        </ul>
        <p className="text-dns-16N-130">{t("downloadHint")}</p>
        {own ? (
          <p data-testid="export-scope">{t("downloadOwn", { areas: own.join("・") })}</p>
        ) : (
          <form method="get" action="/staff/import/export" className="flex flex-wrap items-end gap-4">
            <GetSelect
              id="export-area"
              name="area"
              label={t("downloadArea")}
              value={undefined}
              anyLabel={t("allAreas")}
              options={areas.map((a) => ({
                value: String(a.number),
                label: `${a.number}. ${locale === "en" && a.titleEn ? a.titleEn : a.titleJa}`,
              }))}
            />
            <button type="submit" name="format" value="xlsx" className={getButton}>
              {t("downloadAreaXlsx")}
            </button>
            <button type="submit" name="format" value="csv" className={getButton}>
              {t("downloadAreaCsv")}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="import-limits" className="space-y-2">
        <h2 id="import-limits" className="text-std-24B-150">
          {t("limitsTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-8">
          <li>{t("limitTypes")}</li>
          <li>{t("limitSize", { limitMb })}</li>
          <li>{t("limitTables")}</li>
          <li>{t("limitNoDelete")}</li>
          <li>{t("limitAllOrNothing")}</li>
        </ul>
      </section>
      <ClientMessages groups={[...FORM_MESSAGE_GROUPS, "import", "importFile"]}>
        <ImportForm labels={labelsFor(locale)} limitMb={limitMb} canViewAudit={can(user, "audit.view")} />
      </ClientMessages>
    </div>
  );
}
