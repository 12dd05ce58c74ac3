import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/report/status-badge";
import { MilestonesEditor } from "@/components/staff/editor/milestones-editor";
import { getDb } from "@/db/client";
import { listRecords } from "@/db/queries/project-editor";
import { DateText } from "@/components/report/date-text";
import type { DatePrecision } from "@/lib/domain/partial-date";
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
  const [records, locale, t] = await Promise.all([
    listRecords(await getDb(), "milestone", [id]),
    getAppLocale(),
    getTranslations("editor"),
  ]);
  // Collapsed, each milestone still shows when it is planned and when it was done.
  const when = (label: string, date: string | null, precision: DatePrecision | null) =>
    date && precision ? (
      <span>
        {label}：<DateText value={{ date, precision }} locale={locale} />
      </span>
    ) : null;
  const items = (records.get(id) ?? []).map((m) => ({
    defaults: formDefaults(RECORD_FORMS.milestone, m),
    summary: (
      <span className="inline-flex flex-wrap items-center gap-3">
        <StatusBadge scale="milestoneStatus" value={m.status} />
        <span className="font-bold">{m.titleJa}</span>
        {when(t("plannedDate"), m.plannedDate, m.plannedPrecision)}
        {when(t("actualDate"), m.actualDate, m.actualPrecision)}
      </span>
    ),
  }));
  return (
    <div className="space-y-4">
      {items.length > 0 && (
        <p>
          <Link href={`/staff/projects/${id}/milestones/table`} className="text-blue-900 underline">
            {t("milestoneTable.open")}
          </Link>
        </p>
      )}
      <MilestonesEditor projectId={id} items={items} readOnly={!canEdit} />
    </div>
  );
}
