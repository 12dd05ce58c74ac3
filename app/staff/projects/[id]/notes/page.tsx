import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotesEditor } from "@/components/staff/editor/notes-editor";
import { getDb } from "@/db/client";
import { listRecords } from "@/db/queries/project-editor";
import type { DatePrecision } from "@/lib/domain/partial-date";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { loadEditorContext, type EditorParams } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("notes"), robots: { index: false } };
}

export default async function NotesPage({ params }: EditorParams) {
  const { id } = await params;
  const { canEdit } = await loadEditorContext(id);
  const db = await getDb();
  const [progress, media, locale] = await Promise.all([
    listRecords(db, "progress", [id]),
    listRecords(db, "media", [id]),
    getAppLocale(),
  ]);
  const notes = (progress.get(id) ?? []).map((n) => ({
    defaults: { id: n.id, version: n.version, ...n.values },
    summary: (
      <span className={n.row.sub ? "ml-6 inline-block" : "inline-block"}>
        {n.row.date ? (
          <span className="mr-3 font-bold">
            {formatPartialDate({ date: n.row.date as string, precision: n.row.datePrecision as DatePrecision }, locale)}
          </span>
        ) : null}
        {n.row.groupJa ? <span className="mr-3">{String(n.row.groupJa)}</span> : null}
        <span>{String(n.row.textJa)}</span>
      </span>
    ),
  }));
  const captions = (media.get(id) ?? []).map((m) => ({
    defaults: { id: m.id, version: m.version, ...m.values },
    summary: <span>▲{String(m.row.captionJa)}</span>,
  }));
  return <NotesEditor projectId={id} notes={notes} captions={captions} readOnly={!canEdit} />;
}
