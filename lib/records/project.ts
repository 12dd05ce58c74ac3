import type { LinkText } from "@/db/records/project";
import type { projects } from "@/db/schema";

// A project's own fields and its partner links as their forms show them (the editor pages
// and the conflict view alike).

/** A stored project, with the projects linked to it, as its details form shows it. */
export function projectToInput(row: typeof projects.$inferSelect & { linkedProjectIds: string[] }) {
  return {
    areaNumber: row.areaNumber,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    subtitleJa: row.subtitleJa ?? "",
    subtitleEn: row.subtitleEn ?? "",
    summaryJa: row.summaryJa ?? "",
    summaryEn: row.summaryEn ?? "",
    lifecycleStatus: row.lifecycleStatus,
    deliveryConfidence: row.deliveryConfidence,
    confidenceNarrativeJa: row.confidenceNarrativeJa ?? "",
    confidenceNarrativeEn: row.confidenceNarrativeEn ?? "",
    organizationsEtc: row.organizationsEtc,
    linkedProjectIds: row.linkedProjectIds,
  };
}

/** A partner link's role and label as its form shows them. */
export const orgLinkToInput = (row: LinkText) => ({
  roleJa: row.roleJa ?? "",
  roleEn: row.roleEn ?? "",
  labelJa: row.labelJa ?? "",
  labelEn: row.labelEn ?? "",
});
