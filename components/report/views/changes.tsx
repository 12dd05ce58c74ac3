import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getEditionDiff, type EditionView } from "@/lib/report/editions";
import { EditionBanner } from "../edition-banner";
import { EditionChanges } from "../edition-changes";

/** What changed in an edition since the published one before it (at its permanent address, or in the preview). */
export async function ChangesView({ view }: { view: EditionView }) {
  const { links, paths, edition } = view;
  const [t, tArchive, tNav] = await Promise.all([
    getTranslations("changes"),
    getTranslations("archive"),
    getTranslations("nav"),
  ]);
  const diff = view.previous && (await getEditionDiff(view.previous.id, edition.id));
  // The preview's way back is its own overview; the public's is the archive and the edition.
  const trail =
    view.kind === "preview"
      ? [{ label: tNav("overview"), href: paths.home }]
      : [
          { label: tArchive("title"), href: links.archive },
          { label: edition.period, href: links.edition(edition.period) },
        ];
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[...trail, { label: t("title") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <EditionBanner view={view} place={{ page: "changes" }} />
      </header>
      {diff ? (
        <EditionChanges diff={diff} projectHref={paths.project} />
      ) : (
        <p data-testid="changes-first">{tArchive("firstEditionBody")}</p>
      )}
    </div>
  );
}
