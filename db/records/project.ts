import type { projects } from "../schema";

type ProjectRow = typeof projects.$inferSelect;

/** A stored project as its details form shows it (the conflict view uses the same). */
export function projectToInput(row: ProjectRow, linkedProjectIds: string[]) {
  return {
    areaNumber: row.areaNumber,
    titleJa: row.titleJa, titleEn: row.titleEn,
    subtitleJa: row.subtitleJa ?? "", subtitleEn: row.subtitleEn ?? "",
    summaryJa: row.summaryJa ?? "", summaryEn: row.summaryEn ?? "",
    lifecycleStatus: row.lifecycleStatus, deliveryConfidence: row.deliveryConfidence,
    confidenceNarrativeJa: row.confidenceNarrativeJa ?? "", confidenceNarrativeEn: row.confidenceNarrativeEn ?? "",
    organizationsEtc: row.organizationsEtc,
    linkedProjectIds,
  };
}
