import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MilestoneTable } from "@/components/staff/editor/milestone-table";
import { getDb } from "@/db/client";
import { listRecords } from "@/db/queries/project-editor";
import { formDefaults, RECORD_FORMS } from "@/lib/records/forms";
import { loadEditorContext, type EditorParams } from "../../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.milestoneTable");
  return { title: t("heading"), robots: { index: false } };
}

export default async function MilestoneTablePage({ params }: EditorParams) {
  const { id } = await params;
  const { canEdit, code } = await loadEditorContext(id);
  const [records, t] = await Promise.all([
    listRecords(await getDb(), "milestone", [id]),
    getTranslations("editor.milestoneTable"),
  ]);
  const items = (records.get(id) ?? []).map((m, i) => {
    const { id: rowId, version, status, planned, actual } = formDefaults(RECORD_FORMS.milestone, m);
    return { id: rowId, version, status, planned, actual, seq: i + 1, title: m.titleJa };
  });
  return (
    <section className="space-y-4">
      <h2 className="text-std-24B-150">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <p>
        <Link href={`/staff/projects/${id}/milestones`} className="text-blue-900 underline">
          {t("backToList")}
        </Link>
      </p>
      {!canEdit && <p>{t("readOnly")}</p>}
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <MilestoneTable
          projectId={id}
          caption={t("caption", { code, count: items.length })}
          items={items}
          readOnly={!canEdit}
        />
      )}
    </section>
  );
}
