import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/report/status-badge";
import { MilestonesEditor } from "@/components/staff/editor/milestones-editor";
import { getDb } from "@/db/client";
import { listRecords } from "@/db/queries/project-editor";
import type { DatePrecision } from "@/lib/domain/partial-date";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import type { MilestoneStatus } from "@/lib/report/model";
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
    defaults: { id: m.id, version: m.version, ...m.values },
    summary: (
      <span className="inline-flex flex-wrap items-center gap-3">
        <StatusBadge scale="milestoneStatus" value={m.row.status as MilestoneStatus} />
        <span className="font-bold">{String(m.row.titleJa)}</span>
        {m.row.plannedDate ? (
          <span>
            {formatPartialDate(
              { date: m.row.plannedDate as string, precision: m.row.plannedPrecision as DatePrecision },
              locale,
            )}
          </span>
        ) : null}
      </span>
    ),
  }));
  return <MilestonesEditor projectId={id} items={items} readOnly={!canEdit} />;
}
