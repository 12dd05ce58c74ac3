import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/staff/audit-table";
import { readAuditQuery } from "@/components/staff/audit-filters";
import { getDb } from "@/db/client";
import { listProjectHistory } from "@/db/queries/audit";
import { loadEditorContext } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("history"), robots: { index: false } };
}

const PAGE_SIZE = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every change to the project and to anything in it, newest first: editors see it too. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await loadEditorContext(id);
  const { page } = readAuditQuery(await searchParams);
  const [{ rows, total }, t] = await Promise.all([
    listProjectHistory(await getDb(), id, { page, pageSize: PAGE_SIZE }),
    getTranslations("editor"),
  ]);
  return (
    <section className="space-y-4">
      <h2 className="text-std-24B-150">{t("history")}</h2>
      <AuditTable
        events={rows}
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        baseHref={`/staff/projects/${id}/history`}
        caption={t("history")}
      />
    </section>
  );
}
