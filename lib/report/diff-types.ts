import type { PartialDate } from "@/lib/domain/partial-date";
import type {
  DeliveryConfidence,
  LifecycleStatus,
  LocalizedText,
  MilestoneStatus,
  ReportIndicator,
  ReportLocation,
  ReportMilestone,
  ReportObservation,
  ReportOrganization,
  ReportProgress,
  ReportTarget,
} from "./model";

// The shape of a report diff (see diff.ts), apart from the code that computes it so that
// both stay short. Everything here is plain data: the diff is serialised to the page.

export type Change<T> = { from: T; to: T };
export type ProjectPlace = { areaNumber: number; number: number };
export type ProjectHeading = ProjectPlace & { id: string; slug: string; title: LocalizedText };
export type Presence = "added" | "removed" | "changed";
/** Items that exist in one edition only, or in both. */
export type AddedRemoved<T> = { added: T[]; removed: T[] };

/**
 * One entry per milestone, under its most telling kind: completed before slipped before any
 * other status change, then a planned date brought earlier, then any other date change
 * ("redated": a date set, cleared or made more precise, or an actual date corrected), and
 * last "renamed", when only its title changed.
 */
export type MilestoneChangeKind =
  "added" | "removed" | "completed" | "slipped" | "status" | "earlier" | "redated" | "renamed";
export type MilestoneDiff = {
  kind: MilestoneChangeKind;
  /** As it stands in the newer edition (in the older one when removed). */
  milestone: ReportMilestone;
  /** Set whatever the kind: a milestone completed and reworded shows both. */
  title: Change<LocalizedText> | null;
  status: Change<MilestoneStatus> | null;
  planned: Change<PartialDate | null> | null;
  actual: Change<PartialDate | null> | null;
};

/** The latest value of one breakdown (受入れ, 派遣…, or none) moved. */
export type ValueMove = {
  breakdown: LocalizedText | null;
  from: ReportObservation;
  to: ReportObservation;
  /**
   * to − from, exactly, as a decimal string ("12", "-3.5"); null when a value is not a
   * number, or when the unit changed and the two are not in the same terms.
   */
  difference: string | null;
};

export type IndicatorDiff = {
  kind: Presence;
  /** As it stands in the newer edition (in the older one when removed). */
  indicator: ReportIndicator;
  name: Change<LocalizedText> | null;
  /** The older edition's values are in `unit.from`. */
  unit: Change<LocalizedText> | null;
  /** Its value, qualifier (約, 超) or date changed, or it was set or dropped. */
  baseline: Change<ReportObservation | null> | null;
  values: ValueMove[];
  observationsAdded: ReportObservation[];
  /** Present before and gone now (matched by breakdown and period, see observationKey). */
  observationsRemoved: ReportObservation[];
  /** `from` null: a new target; `to` null: a target dropped; both: its value or due date moved. */
  targets: Change<ReportTarget | null>[];
};

export type ProjectDiff = {
  kind: Presence;
  /** Where the project is now (where it was, when removed). */
  project: ProjectHeading;
  moved: Change<ProjectPlace> | null;
  title: Change<LocalizedText> | null;
  subtitle: Change<LocalizedText | null> | null;
  summary: Change<LocalizedText | null> | null;
  lifecycle: Change<LifecycleStatus> | null;
  confidence: Change<DeliveryConfidence> | null;
  confidenceNarrative: Change<LocalizedText | null> | null;
  milestones: MilestoneDiff[];
  indicators: IndicatorDiff[];
  notes: AddedRemoved<ReportProgress>;
  /** Photo captions, matched by their Japanese text. */
  captions: AddedRemoved<LocalizedText>;
  /** `changed`: the same organisation (by key) with another role or label on this project. */
  organizations: AddedRemoved<ReportOrganization> & { changed: Change<ReportOrganization>[] };
  locations: AddedRemoved<ReportLocation>;
};

export type AreaDiff = { number: number; title: LocalizedText; projects: ProjectDiff[] };

export const DIFF_COUNT_KEYS = [
  "projectsAdded",
  "projectsRemoved",
  "projectsChanged",
  "projectsMoved",
  "titlesChanged",
  "subtitlesChanged",
  "summariesChanged",
  "lifecycleChanged",
  "confidenceChanged",
  "narrativesChanged",
  "milestonesAdded",
  "milestonesRemoved",
  "milestonesCompleted",
  "milestonesSlipped",
  "milestonesStatusChanged",
  "milestonesEarlier",
  "milestonesRedated",
  "milestonesRenamed",
  "indicatorsAdded",
  "indicatorsRemoved",
  "indicatorNamesChanged",
  "indicatorUnitsChanged",
  "baselinesChanged",
  "indicatorValuesMoved",
  "observationsAdded",
  "observationsRemoved",
  "targetsChanged",
  "notesAdded",
  "notesRemoved",
  "captionsAdded",
  "captionsRemoved",
  "organizationsAdded",
  "organizationsRemoved",
  "organizationsChanged",
  "locationsAdded",
  "locationsRemoved",
] as const;
export type DiffCountKey = (typeof DIFF_COUNT_KEYS)[number];
export type DiffCounts = Record<DiffCountKey, number>;

export type ReportDiff = {
  fromAsOf: PartialDate;
  toAsOf: PartialDate;
  isEmpty: boolean;
  counts: DiffCounts;
  projectsAdded: ProjectHeading[];
  projectsRemoved: ProjectHeading[];
  /** Plan-level indicators, which belong to no project. */
  plan: { indicators: IndicatorDiff[] };
  /** Areas with at least one changed project, by area number, projects by number. */
  areas: AreaDiff[];
};
