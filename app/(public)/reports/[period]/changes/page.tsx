import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EditionBanner } from "@/components/report/edition-banner";
import { EditionChanges } from "@/components/report/edition-changes";
import { getEditionDiff, loadEditionByPeriod } from "@/lib/report/editions";
import { ARCHIVE_HREF, editionHref, reportPaths } from "@/lib/report/paths";

type Props = { params: Promise<{ period: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("changes");
  return { title: `${t("title")}（${(await params).period}）` };
}

/** What changed in this edition since the published one before it. */
export default async function ChangesPage({ params }: Props) {
  await connection();
  const { period } = await params;
  const view = await loadEditionByPeriod(period);
  const [t, tArchive] = await Promise.all([getTranslations("changes"), getTranslations("archive")]);
  const diff = view.previous && (await getEditionDiff(view.previous.id, view.edition.id));
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tArchive("title"), href: ARCHIVE_HREF }, { label: period, href: editionHref(period) }, { label: t("title") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <EditionBanner view={view} />
      </header>
      {diff ? <EditionChanges diff={diff} projectHref={reportPaths(editionHref(period)).project} /> : <p data-testid="changes-first">{tArchive("firstEditionBody")}</p>}
    </div>
  );
}
