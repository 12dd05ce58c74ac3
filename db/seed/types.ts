// The shape of the seeded report as typed data. The October 2021 report is written
// by hand in these types (db/seed/data/*) rather than parsed from its text at run
// time, so that every figure is reviewed once and the compiler checks the shape.
import type { PartialDate } from "@/lib/domain/partial-date";

export type Text = { ja: string; en: string };

export type OrganizationKind =
  "government" | "company" | "university" | "research" | "medical" | "financial" | "association" | "other";
export type LocationKind = "city" | "region" | "port" | "country" | "facility";

export type { DeliveryConfidence, LifecycleStatus, MilestoneStatus, Side } from "@/lib/domain/code-lists";
import type { DeliveryConfidence, LifecycleStatus, MilestoneStatus, Side } from "@/lib/domain/code-lists";

export type Measure = "count" | "percent" | "ratio" | "amount" | "qualitative";
export type Direction = "increase" | "decrease";
export type Accumulation = "cumulative" | "per_period" | "level";

/** An organisation; `key` is shared across items (kebab-case English name). */
export type SeedOrganization = {
  key: string;
  name: Text;
  side: Side;
  kind: OrganizationKind;
};

/** A place; `key` is shared across items (kebab-case English name). */
export type SeedLocation = {
  key: string;
  name: Text;
  kind: LocationKind;
  lat: number;
  lon: number;
};

export type SeedProjectOrganization = {
  org: SeedOrganization;
  /** Role where the report states or clearly implies one (e.g. licensee, investor). */
  role?: Text;
  /** The name as this item writes it, where it differs from the canonical name (丸紅株式会社 vs 丸紅). */
  label?: Text;
};

/** One bullet of an item's progress text, as written in the report. */
export type SeedProgress = {
  text: Text;
  /** The bullet's main (first) date, at its precision; omitted when the bullet has none. */
  date?: PartialDate;
  /** A sub-heading the bullet sits under in the report (e.g. 「<①関係の成果>」). */
  group?: Text;
  /** A ※ note rather than a bullet. */
  note?: boolean;
  /** A sub-bullet (indented under the previous bullet). */
  sub?: boolean;
};

export type SeedMilestone = {
  title: Text;
  /** When it was or is planned to happen (for planned / in-progress events). */
  planned?: PartialDate;
} &
  /** When it actually happened. */
  (
    | { status: "completed"; actual?: PartialDate }
    // Only what is done has an actual date (the database refuses one otherwise): a start of
    // work still going on is a completed "…開始" milestone of its own, or the planned period.
    | { status: Exclude<MilestoneStatus, "completed">; actual?: never }
  );

export type SeedPeriod = { start: PartialDate; end: PartialDate };

export type SeedObservation = {
  /** Exact decimal as a string: numbers are never floats. */
  value: string;
  period?: SeedPeriod;
  asOf?: PartialDate;
  approximate?: boolean; // 約
  lowerBound?: boolean; // 超える / 少なくとも / 以上
  provisional?: boolean;
  breakdown?: Text; // e.g. 受入れ / 派遣
  source?: string;
  note?: Text;
};

export type SeedTarget = {
  value: string;
  due?: PartialDate;
  lowerBound?: boolean; // 少なくとも
  breakdown?: Text;
  note?: Text;
};

export type SeedIndicator = {
  /** Unique within its item (or within the plan for plan-level indicators). */
  key: string;
  name: Text;
  measure: Measure;
  unit: Text;
  direction: Direction;
  accumulation: Accumulation;
  decimals?: number;
  baseline?: SeedObservation;
  targets?: SeedTarget[];
  observations: SeedObservation[];
};

export type SeedItem = {
  /** Number within its area: ① is 1. */
  number: number;
  title: Text;
  /** A line under the title in the report (scope, full name). */
  subtitle?: Text;
  summary?: Text;
  lifecycle: LifecycleStatus;
  confidence: DeliveryConfidence;
  organizations: SeedProjectOrganization[];
  /** The report's list of organisations ends in 等 ("and others"). */
  organizationsEtc?: boolean;
  locations: SeedLocation[];
  progress: SeedProgress[];
  milestones: SeedMilestone[];
  indicators: SeedIndicator[];
  /** Photo captions (▲), in report order. */
  captions: Text[];
  /** The same initiative reported in another area, as "area-item" slugs, e.g. "6-7". */
  sameAs?: string[];
};

export type SeedOverviewBullet = { text: Text; sub?: boolean };

export type SeedArea = {
  number: number;
  title: Text;
  /** The 概要 page's bullets for this area. */
  overview: SeedOverviewBullet[];
  items: SeedItem[];
};

export type SeedPlan = {
  title: Text;
  asOf: PartialDate;
  /** The closing ※ line of the 概要 page. */
  note: Text;
  indicators: SeedIndicator[];
};
