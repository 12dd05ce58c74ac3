import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportTable } from "@/components/report/report-table";
import { StatusIcon } from "@/components/report/status-icon";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { SendDigestsForm } from "@/components/staff/send-digests-form";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listMails, type OutboxRow } from "@/db/queries/notifications";
import { requireStaff } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title"), robots: { index: false } };
}

const PAGE_SIZE = 100;

const stateOf = (m: OutboxRow) =>
  m.transport === "outbox" ? "outbox" : m.sentAt ? "sent" : m.error ? "failed" : "pending";
const SHAPES = { outbox: "circle", sent: "check", pending: "progress", failed: "warning" } as const;

/** Every mail the product wrote (admins): on a machine without SMTP, this is where mail goes. */
export default async function OutboxPage() {
  const user = await requireStaff("/staff/outbox", "rounds.manage");
  const [{ rows }, t, format] = await Promise.all([
    listMails(await getDb(), { page: 1, pageSize: PAGE_SIZE }),
    getTranslations("outbox"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-6">
      <StaffNav user={user} />
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientMessages groups={[...FORM_MESSAGE_GROUPS, "outbox"]}>
        <SendDigestsForm />
      </ClientMessages>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ReportTable
          caption={t("caption")}
          columns={[t("when"), t("to"), t("kind"), t("subject"), t("state")]}
          testId="outbox"
        >
          {rows.map((m) => {
            const state = stateOf(m);
            return (
              <tr key={m.id} className="border-b border-solid-gray-420 align-top" data-testid="outbox-mail">
                <td className="py-2 pr-4 whitespace-nowrap">
                  {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })}
                </td>
                <td className="py-2 pr-4">
                  {m.toName}
                  <span className="block text-dns-16N-130">{m.toAddress}</span>
                </td>
                <td className="py-2 pr-4">{t(`kinds.${m.kind}`)}</td>
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <details>
                    <summary className="cursor-pointer">{m.subject}</summary>
                    <pre className="mt-2 font-sans whitespace-pre-wrap" aria-label={t("body")}>
                      {m.bodyText}
                    </pre>
                  </details>
                </th>
                <td className="py-2 pr-4">
                  <span className="inline-flex items-center gap-1" data-state={state}>
                    <StatusIcon shape={SHAPES[state]} />
                    {t(`states.${state}`)}
                  </span>
                  {m.error && <span className="block text-dns-16N-130">{m.error}</span>}
                </td>
              </tr>
            );
          })}
        </ReportTable>
      )}
    </div>
  );
}
