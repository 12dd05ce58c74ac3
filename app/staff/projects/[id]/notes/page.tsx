import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotesEditor } from "@/components/staff/editor/notes-editor";
import { getDb } from "@/db/client";
import { listRecords } from "@/db/queries/project-editor";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { formDefaults, RECORD_FORMS } from "@/lib/records/forms";
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
    defaults: formDefaults(RECORD_FORMS.progress, n),
    summary: (
      <span className={n.sub ? "ml-6 inline-block" : "inline-block"}>
        {n.date && n.datePrecision ? (
          <span className="mr-3 font-bold">
            {formatPartialDate({ date: n.date, precision: n.datePrecision }, locale)}
          </span>
        ) : null}
        {n.groupJa ? <span className="mr-3">{n.groupJa}</span> : null}
        <span>{n.textJa}</span>
      </span>
    ),
  }));
  const captions = (media.get(id) ?? []).map((m) => ({
    defaults: formDefaults(RECORD_FORMS.media, m),
    summary: <span>▲{m.captionJa}</span>,
  }));
  return <NotesEditor projectId={id} notes={notes} captions={captions} readOnly={!canEdit} />;
}
