import { getTranslations } from "next-intl/server";
import type { DeliveryConfidence, LifecycleStatus, MilestoneStatus } from "@/lib/report/model";
import { STATUS_SHAPES, StatusIcon } from "./status-icon";

type Kind =
  | { scale: "lifecycle"; value: LifecycleStatus }
  | { scale: "milestoneStatus"; value: MilestoneStatus }
  | { scale: "confidence"; value: DeliveryConfidence };

// Text colours all reach 4.5:1 on white; the shape and the word carry the meaning.
const tones: Record<string, string> = {
  completed: "text-green-900 border-green-900",
  in_progress: "text-blue-1000 border-blue-1000",
  planned: "text-solid-gray-800 border-solid-gray-600",
  delayed: "text-orange-900 border-orange-900",
  cancelled: "text-red-1000 border-red-1000",
  suspended: "text-orange-900 border-orange-900",
  on_track: "text-green-900 border-green-900",
  at_risk: "text-orange-900 border-orange-900",
  off_track: "text-red-1000 border-red-1000",
  not_assessed: "text-solid-gray-700 border-solid-gray-600",
};

export async function StatusBadge(props: Kind) {
  const t = await getTranslations(props.scale);
  return <StatusBadgeView value={props.value} label={t(props.value)} />;
}

/** The badge with its label already translated: long lists render it without an await per row. */
export function StatusBadgeView({ value, label }: { value: Kind["value"]; label: string }) {
  return (
    <span className={`status-badge ${tones[value]}`}>
      <StatusIcon shape={STATUS_SHAPES[value]} />
      {label}
    </span>
  );
}
