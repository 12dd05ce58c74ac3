import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EditionBanner } from "@/components/report/edition-banner";
import { EditionChanges } from "@/components/report/edition-changes";
import { getEditionDiff, loadEditionByPeriod } from "@/lib/report/editions";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

type Props = { params: Promise<LocaleParams & { period: string }> };

// Rendered once, then served from cache until an edition is published or withdrawn.
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  pageLocale(await params);
  const t = await getTranslations("changes");
  return { title: `${t("title")}（${(await params).period}）` };
}

/** What changed in this edition since the published one before it. */
export default async function ChangesPage({ params }: Props) {
  const p = await params;
  const { period } = p;
  const view = await loadEditionByPeriod(period, pageLocale(p));
  const { links } = view;
  const [t, tArchive] = await Promise.all([getTranslations("changes"), getTranslations("archive")]);
  const diff = view.previous && (await getEditionDiff(view.previous.id, view.edition.id));
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tArchive("title"), href: links.archive }, { label: period, href: links.edition(period) }, { label: t("title") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <EditionBanner view={view} />
      </header>
      {diff ? <EditionChanges diff={diff} projectHref={links.at(period).project} /> : <p data-testid="changes-first">{tArchive("firstEditionBody")}</p>}
    </div>
  );
}
