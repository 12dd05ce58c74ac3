import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnersEditor } from "@/components/staff/editor/partners-editor";
import { getDb } from "@/db/client";
import { listPartners } from "@/db/queries/project-editor";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import { orgLinkToInput } from "@/lib/records/project";
import { loadEditorContext, type EditorParams } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("partners"), robots: { index: false } };
}

export default async function PartnersPage({ params }: EditorParams) {
  const { id } = await params;
  const { canEdit } = await loadEditorContext(id);
  const [partners, locale, ts] = await Promise.all([
    listPartners(await getDb(), id),
    getAppLocale(),
    getTranslations("side"),
  ]);
  const name = (o: { nameJa: string; nameEn: string }) => pick({ ja: o.nameJa, en: o.nameEn }, locale);
  return (
    <PartnersEditor
      projectId={id}
      readOnly={!canEdit}
      organizations={partners.organizations.map((o) => ({
        defaults: {
          id: o.organizationId,
          version: o.version,
          projectId: id,
          organizationId: o.organizationId,
          ...orgLinkToInput(o.link),
        },
        summary: (
          <span className="inline-flex flex-wrap gap-3">
            <span className="font-bold">{o.link.labelJa || name(o)}</span>
            <span>［{ts(o.side)}］</span>
            {o.link.roleJa && <span>{o.link.roleJa}</span>}
          </span>
        ),
      }))}
      places={partners.places.map((p) => ({
        defaults: { id: p.id, version: 1 },
        summary: <span className="font-bold">{name(p)}</span>,
      }))}
      organizationOptions={partners.organizationOptions.map((o) => ({
        value: o.id,
        label: `${name(o)}（${ts(o.side)}）`,
      }))}
      placeOptions={partners.placeOptions.map((p) => ({ value: p.id, label: name(p) }))}
    />
  );
}
