import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/report/status-badge";
import { MilestonesEditor } from "@/components/staff/editor/milestones-editor";
import { getDb } from "@/db/client";
import { listRecords } from "@/db/queries/project-editor";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { formDefaults, RECORD_FORMS } from "@/lib/records/forms";
import { loadEditorContext, type EditorParams } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("milestones"), robots: { index: false } };
}

export default async function MilestonesPage({ params }: EditorParams) {
  const { id } = await params;
  const { canEdit } = await loadEditorContext(id);
  const [records, locale] = await Promise.all([listRecords(await getDb(), "milestone", [id]), getAppLocale()]);
  const items = (records.get(id) ?? []).map((m) => ({
    defaults: formDefaults(RECORD_FORMS.milestone, m),
    summary: (
      <span className="inline-flex flex-wrap items-center gap-3">
        <StatusBadge scale="milestoneStatus" value={m.status} />
        <span className="font-bold">{m.titleJa}</span>
        {m.plannedDate && m.plannedPrecision ? (
          <span>{formatPartialDate({ date: m.plannedDate, precision: m.plannedPrecision }, locale)}</span>
        ) : null}
      </span>
    ),
  }));
  return <MilestonesEditor projectId={id} items={items} readOnly={!canEdit} />;
}
