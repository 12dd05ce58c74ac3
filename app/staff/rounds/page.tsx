import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { ReportTable } from "@/components/report/report-table";
import { OpenRoundForm } from "@/components/staff/round-forms";
import { RoundStatus } from "@/components/staff/round-status";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listAreaTitles } from "@/db/queries/areas";
import { dateInTokyo, nextPeriod } from "@/lib/domain/calendar";
import { listRounds, roundTotals } from "@/db/queries/rounds";
import { requireStaff } from "@/lib/auth/current-user";
import { can } from "@/lib/domain/permissions";
import { percentDone } from "@/lib/domain/rounds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rounds");
  return { title: t("title"), robots: { index: false } };
}

/** Every round with how far it has come; admins open the next one here. */
export default async function RoundsPage() {
  const user = await requireStaff("/staff/rounds", "rounds.view");
  const db = await getDb();
  const [rounds, totals, areas, t] = await Promise.all([
    listRounds(db),
    roundTotals(db),
    listAreaTitles(db),
    getTranslations("rounds"),
  ]);
  // The month after the latest round, or next month; asked for by the 20th.
  const period = rounds[0] ? nextPeriod(rounds[0].period) : nextPeriod(dateInTokyo().slice(0, 7));
  return (
    <div className="space-y-10">
      <StaffNav user={user} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {rounds.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ReportTable
          caption={t("caption")}
          columns={[t("period"), t("titleJa"), t("deadline"), t("status"), t("progress")]}
          testId="rounds"
        >
          {rounds.map((r) => {
            const total = totals.get(r.id) ?? { inScope: 0, approved: 0 };
            return (
              <tr key={r.id} className="border-b border-solid-gray-420 align-top" data-testid={`round-${r.period}`}>
                <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                  {r.period}
                </th>
                <td className="py-2 pr-4">
                  <Link href={`/staff/rounds/${r.id}`}>{r.titleJa}</Link>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{r.deadline}</td>
                <td className="py-2 pr-4">
                  <RoundStatus status={r.status} />
                </td>
                <td className="py-2 pr-4">
                  {t("progressValue", {
                    done: total.approved,
                    total: total.inScope,
                    percent: percentDone(total.approved, total.inScope),
                  })}
                </td>
              </tr>
            );
          })}
        </ReportTable>
      )}
      {can(user, "rounds.manage") && (
        <ClientMessages groups={[...FORM_MESSAGE_GROUPS, "rounds"]}>
          <OpenRoundForm
            key={period}
            areas={areas.map((a) => ({ number: a.number, title: a.titleJa }))}
            proposal={{ period, deadline: `${period}-20` }}
          />
        </ClientMessages>
      )}
    </div>
  );
}
