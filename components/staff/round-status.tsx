import { getTranslations } from "next-intl/server";
import { StatusIcon, type StatusShape } from "@/components/report/status-icon";
import type { RoundStatus as Status } from "@/lib/domain/code-lists";

// A round's status and a report's state, each as icon and text (never colour alone).

const ROUND_SHAPES: Record<Status, StatusShape> = { open: "progress", closed: "pause" };

export async function RoundStatus({ status }: { status: Status }) {
  const t = await getTranslations("rounds");
  return (
    <span className="inline-flex items-center gap-1" data-status={status}>
      <StatusIcon shape={ROUND_SHAPES[status]} />
      {t(`statuses.${status}`)}
    </span>
  );
}

/** A report's standing: its state, or "changed since approval" where that is what matters. */
export type ReportStandingKey = "not_started" | "submitted" | "returned" | "approved" | "changed";

const REPORT_SHAPES: Record<ReportStandingKey, StatusShape> = {
  not_started: "dash",
  submitted: "circle",
  returned: "warning",
  approved: "check",
  changed: "progress",
};

export const standingKey = (r: { state: Exclude<ReportStandingKey, "changed">; changedSinceApproval: boolean }) =>
  r.state === "approved" && r.changedSinceApproval ? "changed" : r.state;

export async function ReportState({ standing }: { standing: ReportStandingKey }) {
  const t = await getTranslations("rounds");
  return (
    <span className="inline-flex items-center gap-1" data-state={standing}>
      <StatusIcon shape={REPORT_SHAPES[standing]} />
      {t(`states.${standing}`)}
    </span>
  );
}
