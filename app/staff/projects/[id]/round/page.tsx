import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EditionChanges } from "@/components/report/edition-changes";
import { ReportState, standingKey } from "@/components/staff/round-status";
import { ReviewReportForm, SubmitReportForm } from "@/components/staff/round-report-forms";
import { getDb } from "@/db/client";
import { listEditions } from "@/db/queries/editions";
import { projectReports, type ProjectReport } from "@/db/queries/round-reports";
import { can } from "@/lib/domain/permissions";
import { refusalOf } from "@/lib/domain/rounds";
import { getEditionReport, latestPublished } from "@/lib/report/editions";
import { getLiveReport } from "@/lib/report/live";
import { diffProject } from "@/lib/report/project-diff";
import { loadEditorContext, type EditorParams } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("round"), robots: { index: false } };
}

/**
 * The project's report in each open round: its state, the reviewer's comment, and the form
 * its editor submits or its reviewer approves or returns with; below, what changed in the
 * project since the latest published edition, to check before submitting.
 */
export default async function ProjectRoundPage({ params }: EditorParams) {
  const { id } = await params;
  const { user, project } = await loadEditorContext(id);
  const db = await getDb();
  const [reports, editions, t, format] = await Promise.all([
    projectReports(db, id),
    listEditions(db),
    getTranslations("rounds"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" });
  const area = { areaNumber: project.areaNumber };
  const mayReview = can(user, "rounds.review", area);
  const maySubmit = can(user, "rounds.submit", area);
  const latest = latestPublished(editions);
  const diff =
    reports.length > 0 && latest ? diffProject(await getEditionReport(latest.id), await getLiveReport(), id) : null;
  const card = (r: ProjectReport) => {
    const standing = standingKey(r);
    const canSubmit = maySubmit && refusalOf("submit", r.round.status, r) === null;
    const canReview = mayReview && r.state === "submitted";
    return (
      <article
        key={r.id}
        className="space-y-3 rounded-8 border border-solid-gray-420 p-4"
        aria-labelledby={`round-${r.id}`}
        data-testid={`report-${r.round.period}`}
      >
        <h3 id={`round-${r.id}`} className="text-std-20B-150">
          {t("roundLine", { title: r.round.titleJa, period: r.round.period, deadline: r.round.deadline })}
        </h3>
        <p data-testid="report-state">
          <ReportState standing={standing} />
        </p>
        {r.round.instructionsJa && (
          <div>
            <p className="font-bold">{t("instructions")}</p>
            <p className="whitespace-pre-line">{r.round.instructionsJa}</p>
          </div>
        )}
        {r.submittedByName && r.submittedAt && (
          <p>{t("submittedBy", { name: r.submittedByName, time: when(r.submittedAt) })}</p>
        )}
        {r.note && <p className="whitespace-pre-line">{r.note}</p>}
        {r.reviewedByName && r.reviewedAt && (
          <p>{t("reviewedBy", { name: r.reviewedByName, time: when(r.reviewedAt) })}</p>
        )}
        {r.state === "returned" && r.reviewComment && (
          <div className="rounded-8 border-2 border-red-1000 p-3" data-testid="return-comment">
            <p className="font-bold">{t("returnComment")}</p>
            <p className="whitespace-pre-line">{r.reviewComment}</p>
          </div>
        )}
        {standing === "changed" && (
          <p className="rounded-8 border border-orange-900 p-3" data-testid="changed-notice">
            {t("changedNotice")}
          </p>
        )}
        {canSubmit && (
          <SubmitReportForm
            key={`${r.id}-${r.version}`}
            report={r}
            again={r.state === "returned" || standing === "changed"}
          />
        )}
        {canReview && <ReviewReportForm key={`${r.id}-${r.version}`} report={r} />}
      </article>
    );
  };
  return (
    <section className="space-y-6" aria-labelledby="round-tab">
      <h2 id="round-tab" className="text-std-24B-150">
        {t("tab")}
      </h2>
      <p>{t("projectIntro")}</p>
      {reports.length === 0 ? <p data-testid="no-open-round">{t("noOpenRound")}</p> : reports.map(card)}
      {reports.length > 0 && (
        <section aria-labelledby="round-changes" className="space-y-3" data-testid="round-changes">
          <h2 id="round-changes" className="text-std-24B-150">
            {t("changesTitle")}
          </h2>
          {!latest || !diff ? (
            <p>{t("noEdition")}</p>
          ) : (
            <>
              <p>{t("changesIntro", { period: latest.period })}</p>
              <EditionChanges diff={diff} projectHref={() => `/staff/projects/${id}`} />
            </>
          )}
        </section>
      )}
    </section>
  );
}
