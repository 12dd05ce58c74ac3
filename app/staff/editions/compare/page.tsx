import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GetSelect } from "@/components/forms/get-select";
import { EditionChanges } from "@/components/report/edition-changes";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listEditions } from "@/db/queries/editions";
import { requireStaff } from "@/lib/auth/current-user";
import { diffReports } from "@/lib/report/diff";
import { getEditionDiff, getEditionReport, previousPublished } from "@/lib/report/editions";
import { getLiveReport } from "@/lib/report/live";
import { previewBase, reportPaths } from "@/lib/report/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editions"))("compare") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// "live" stands for the data as it is now, so staff see what publishing today would change.
const LIVE = "live";

/** Staff compare any two editions, drafts included, or an edition with the live data. */
export default async function ComparePage({ searchParams }: Props) {
  const user = await requireStaff("/staff/editions/compare", "editions.manage");
  const [editions, t, sp] = await Promise.all([listEditions(await getDb()), getTranslations("editions"), searchParams]);
  const known = (v: unknown): v is string => v === LIVE || editions.some((e) => e.id === v);
  const to = known(sp.to) ? sp.to : LIVE;
  // By default the newer side is compared with the published edition before it.
  const toPeriod = editions.find((e) => e.id === to)?.period ?? "9999-12";
  const from = known(sp.from) ? sp.from : previousPublished(editions, toPeriod)?.id;
  const options = [
    { value: LIVE, label: t("liveData") },
    ...editions.map((e) => ({ value: e.id, label: `${e.period} ${e.titleJa}（${t(`statuses.${e.status}`)}）` })),
  ];
  const model = (v: string) => (v === LIVE ? getLiveReport() : getEditionReport(v));
  const diff = !from
    ? null
    : from !== LIVE && to !== LIVE
      ? await getEditionDiff(from, to)
      : diffReports(await model(from), await model(to));
  // Links go where the newer side can be read: its preview, or the editor for live data.
  const projectHref =
    to === LIVE
      ? (p: { areaNumber: number; number: number }) => `/staff/projects?q=${p.areaNumber}-${p.number}`
      : reportPaths(previewBase(to)).project;
  return (
    <div className="space-y-8">
      <StaffNav user={user} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("compare")}</h1>
        <p>{t("compareIntro")}</p>
      </header>
      <form
        method="get"
        action="/staff/editions/compare"
        className="grid items-end gap-4 rounded-8 border border-solid-gray-420 p-4 md:grid-cols-[1fr_1fr_auto]"
        data-testid="compare-form"
      >
        <GetSelect id="compare-from" name="from" label={t("compareFrom")} value={from} options={options} />
        <GetSelect id="compare-to" name="to" label={t("compareTo")} value={to} options={options} />
        <button type="submit" className="min-h-11 rounded-8 bg-blue-900 px-6 text-white hover:bg-blue-1000">
          {t("compareButton")}
        </button>
      </form>
      {diff ? <EditionChanges diff={diff} projectHref={projectHref} /> : <p>{t("none")}</p>}
    </div>
  );
}
