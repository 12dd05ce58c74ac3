import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { ReportTable } from "@/components/report/report-table";
import { RoundChart } from "@/components/staff/round-chart";
import { CloseRoundForm } from "@/components/staff/round-forms";
import { ReportState, RoundStatus } from "@/components/staff/round-status";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listAreaTitles } from "@/db/queries/areas";
import { dateInTokyo } from "@/lib/domain/calendar";
import { getRound, lateReports, roundAreaCounts, sumCounts, type RoundCounts } from "@/db/queries/rounds";
import { requireStaff } from "@/lib/auth/current-user";
import { projectCode } from "@/lib/domain/circled";
import { can } from "@/lib/domain/permissions";
import { percentDone } from "@/lib/domain/rounds";
import { idSchema } from "@/lib/validation/fields";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rounds");
  return { title: t("title"), robots: { index: false } };
}

const COLUMNS = ["inScope", "notStarted", "submitted", "returned", "approved", "changed", "overdue"] as const;

/** A round's dashboard: per area and overall, as a chart and a table, and what is late with who is responsible. */
export default async function RoundPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  const user = await requireStaff(`/staff/rounds/${id}`, "rounds.view");
  const db = await getDb();
  const round = await getRound(db, id);
  if (!round) notFound();
  const today = dateInTokyo();
  const [areaCounts, late, areas, t, sp] = await Promise.all([
    roundAreaCounts(db, id, today),
    lateReports(db, id, today),
    listAreaTitles(db),
    getTranslations("rounds"),
    searchParams,
  ]);
  const total = sumCounts(areaCounts);
  const titleOf = new Map(areas.map((a) => [a.number, a.titleJa]));
  const opened = typeof sp.opened === "string" && /^\d+$/.test(sp.opened) ? Number(sp.opened) : null;
  const cells = (c: RoundCounts) =>
    COLUMNS.map((k) => (
      <td key={k} className="py-2 pr-4 text-right tabular-nums" data-count={k}>
        {c[k]}
      </td>
    ));
  return (
    <div className="space-y-8">
      <StaffNav user={user} />
      <Breadcrumbs items={[{ label: t("title"), href: "/staff/rounds" }, { label: round.titleJa }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{round.titleJa}</h1>
        {opened !== null && (
          <p role="status" className="rounded-8 border border-green-900 p-3" data-testid="round-opened">
            {t("opened", { count: opened })}
          </p>
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-bold">{t("period")}</dt>
          <dd>{round.period}</dd>
          <dt className="font-bold">{t("deadline")}</dt>
          <dd data-testid="round-deadline">{round.deadline}</dd>
          <dt className="font-bold">{t("status")}</dt>
          <dd>
            <RoundStatus status={round.status} />
          </dd>
          <dt className="font-bold">{t("progress")}</dt>
          <dd data-testid="round-progress">
            {t("progressValue", {
              done: total.approved,
              total: total.inScope,
              percent: percentDone(total.approved, total.inScope),
            })}
          </dd>
        </dl>
        {round.instructionsJa && <p className="whitespace-pre-line">{round.instructionsJa}</p>}
      </header>
      <section aria-labelledby="round-counts" className="space-y-4">
        <h2 id="round-counts" className="text-std-24B-150">
          {t("countsCaption")}
        </h2>
        <p id="round-chart-summary">
          {t("chartSummary", {
            total: total.inScope,
            approved: total.approved,
            submitted: total.submitted,
            returned: total.returned,
            changed: total.changed,
            notStarted: total.notStarted,
          })}
        </p>
        <RoundChart
          rows={areaCounts.map((c) => ({ ...c, label: `${t("area")}${c.areaNumber}` }))}
          describedBy="round-chart-summary"
        />
        <ul className="flex flex-wrap gap-x-6 gap-y-2" data-testid="round-downloads">
          {(
            [
              ["format=csv&table=areas", "downloadAreasCsv"],
              ["format=csv&table=reports", "downloadReportsCsv"],
              ["format=xlsx", "downloadXlsx"],
            ] as const
          ).map(([query, key]) => (
            <li key={key}>
              <a href={`/staff/rounds/${id}/export?${query}`} download>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
        <ReportTable
          caption={t("countsCaption")}
          columns={[t("area"), ...COLUMNS.map((k) => t(`counts.${k}`))]}
          testId="round-counts"
        >
          {areaCounts.map((c) => (
            <tr
              key={c.areaNumber}
              className="border-b border-solid-gray-420"
              data-testid={`round-area-${c.areaNumber}`}
            >
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {c.areaNumber} {titleOf.get(c.areaNumber)}
              </th>
              {cells(c)}
            </tr>
          ))}
          <tr className="border-b border-solid-gray-420 font-bold" data-testid="round-area-total">
            <th scope="row" className="py-2 pr-4 text-left">
              {t("total")}
            </th>
            {cells(total)}
          </tr>
        </ReportTable>
      </section>
      <section aria-labelledby="round-late" className="space-y-4">
        <h2 id="round-late" className="text-std-24B-150">
          {t("lateTitle")}
        </h2>
        {today <= round.deadline ? (
          <p>{t("lateBeforeDeadline", { deadline: round.deadline })}</p>
        ) : late.length === 0 ? (
          <p>{t("lateNone")}</p>
        ) : (
          <ReportTable caption={t("lateCaption")} columns={[t("item"), t("state"), t("editors")]} testId="round-late">
            {late.map((r) => (
              <tr key={r.id} className="border-b border-solid-gray-420 align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <Link href={`/staff/projects/${r.projectId}/round`}>
                    {projectCode(r.areaNumber, r.number)} {r.titleJa}
                  </Link>
                </th>
                <td className="py-2 pr-4">
                  <ReportState standing={r.state === "returned" ? "returned" : "not_started"} />
                </td>
                <td className="py-2 pr-4">{r.editors.length ? r.editors.join("、") : t("noEditor")}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
      {round.status === "open" && can(user, "rounds.manage") && (
        <ClientMessages groups={[...FORM_MESSAGE_GROUPS, "rounds"]}>
          <CloseRoundForm round={{ id: round.id, version: round.version, titleJa: round.titleJa }} />
        </ClientMessages>
      )}
    </div>
  );
}
