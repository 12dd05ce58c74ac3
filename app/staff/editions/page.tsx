import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { EditionStatus } from "@/components/report/edition-status";
import { ReportTable } from "@/components/report/report-table";
import { CreateEditionForm, EditionActions } from "@/components/staff/edition-forms";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listEditions } from "@/db/queries/editions";
import { listRounds, roundTotals } from "@/db/queries/rounds";
import { requireStaff } from "@/lib/auth/current-user";
import { nextEdition } from "@/lib/report/next-edition";
import { previewBase } from "@/lib/report/paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editions");
  return { title: t("title"), robots: { index: false } };
}

export default async function EditionsPage() {
  const user = await requireStaff("/staff/editions", "editions.manage");
  const db = await getDb();
  const [rows, rounds, totals, t, format] = await Promise.all([
    listEditions(db),
    listRounds(db),
    roundTotals(db),
    getTranslations("editions"),
    getFormatter(),
  ]);
  // A draft may be made from a round; one not fully approved needs the admin's reason.
  const roundChoices = rounds.map((r) => {
    const total = totals.get(r.id) ?? { inScope: 0, approved: 0 };
    return {
      id: r.id,
      label: t("roundOption", { title: r.titleJa, approved: total.approved, total: total.inScope }),
      complete: total.approved === total.inScope,
    };
  });
  const proposal = nextEdition(rows.map((r) => r.period));
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }) : "";
  return (
    <div className="space-y-10">
      <StaffNav user={user} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href="/staff/editions/compare">{t("compare")}</Link>
        </p>
      </header>
      <ClientMessages groups={[...FORM_MESSAGE_GROUPS, "editions"]}>
        <section className="space-y-4">
          {rows.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ReportTable
              caption={t("caption")}
              columns={[t("period"), t("titleJa"), t("status"), t("published"), t("hash"), t("actions")]}
              testId="editions"
            >
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-solid-gray-420 align-top" data-testid={`edition-${r.period}`}>
                  <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                    {r.period}
                    <Link href={previewBase(r.id)} className="block">
                      {t("preview")}
                      <span className="sr-only">（{r.period}）</span>
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    {r.titleJa}
                    {r.roundTitleJa && (
                      <p className="text-dns-16N-130" data-testid="edition-round">
                        {t("fromRound", { title: r.roundTitleJa })}
                      </p>
                    )}
                    {r.overrideReason && (
                      <p className="text-dns-16N-130" data-testid="edition-override">
                        {t("overridden", { reason: r.overrideReason })}
                      </p>
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    <EditionStatus status={r.status} />
                    {r.withdrawnReasonJa && <p className="text-dns-16N-130">{r.withdrawnReasonJa}</p>}
                  </td>
                  <td className="py-2 pr-4">
                    {r.publishedAt ? `${when(r.publishedAt)}（${r.publishedBy ?? "—"}）` : "—"}
                  </td>
                  <td className="py-2 pr-4 font-mono text-dns-16N-130">
                    {r.sha256 ? <abbr title={r.sha256}>{r.sha256.slice(0, 12)}</abbr> : "—"}
                  </td>
                  {/* Keyed by version: after a refresh the forms start from the edition as it now stands. */}
                  <td className="py-2">
                    <EditionActions key={`${r.id}-${r.version}`} edition={r} />
                  </td>
                </tr>
              ))}
            </ReportTable>
          )}
        </section>
        {/* Keyed by the proposal: once a draft is made, the form proposes the month after it. */}
        <CreateEditionForm key={proposal.period} proposal={proposal} rounds={roundChoices} />
      </ClientMessages>
    </div>
  );
}
