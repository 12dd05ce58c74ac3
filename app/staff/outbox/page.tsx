import type { Metadata } from "next";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportTable } from "@/components/report/report-table";
import { StatusIcon } from "@/components/report/status-icon";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { SendDigestsForm } from "@/components/staff/send-digests-form";
import { Pager, pageHref } from "@/components/staff/pager";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listMails, MAX_MAIL_ATTEMPTS, type OutboxRow } from "@/db/queries/notifications";
import { requireStaff } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title"), robots: { index: false } };
}

const PATH = "/staff/outbox";
const PAGE_SIZE = 50;
// Read leniently, as the other lists' pages are: anything but a page number is the first page.
const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

const stateOf = (m: OutboxRow) =>
  m.transport === "outbox"
    ? "outbox"
    : m.sentAt
      ? "sent"
      : m.attempts >= MAX_MAIL_ATTEMPTS
        ? "abandoned"
        : m.error
          ? "failed"
          : "pending";
const SHAPES = { outbox: "circle", sent: "check", pending: "progress", failed: "warning", abandoned: "cross" } as const;

/** Every mail the product wrote (admins): on a machine without SMTP, this is where mail goes. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const user = await requireStaff(PATH, "rounds.manage");
  const page = pageParam.parse((await searchParams).page);
  const [{ rows, total }, t, format] = await Promise.all([
    listMails(await getDb(), { page, pageSize: PAGE_SIZE }),
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
                    {t(`states.${state}`, { attempts: m.attempts })}
                  </span>
                  {m.error && <span className="block text-dns-16N-130">{m.error}</span>}
                </td>
              </tr>
            );
          })}
        </ReportTable>
      )}
      <Pager
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        shown={rows.length}
        hrefFor={(p) => pageHref(PATH, undefined, p)}
        testId="outbox-pager"
      />
    </div>
  );
}
