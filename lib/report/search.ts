import {
  DELIVERY_CONFIDENCES,
  isCode,
  LIFECYCLE_STATUSES,
  SIDES,
  type DeliveryConfidence,
  type LifecycleStatus,
  type Side,
} from "@/lib/domain/code-lists";
import type { ReportModel, ReportProject } from "./model";

// Finding items within one edition, for the public search page. The edition is small enough
// (and immutable) to search in memory: each project's text is normalised once per model.

export type SearchQuery = {
  q: string;
  area?: number;
  lifecycle?: LifecycleStatus;
  confidence?: DeliveryConfidence;
  /** Organisation and place by their keys, which stay the same across editions. */
  org?: string;
  side?: Side;
  place?: string;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const member = <T extends string>(list: readonly T[], v: string): T | undefined => (isCode(list, v) ? v : undefined);

/** The query from the URL; anything malformed is dropped rather than refused. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchQuery {
  const area = Number(one(params.area));
  const key = (v: string) => (/^[\w.-]{1,100}$/.test(v) ? v : undefined);
  return {
    q: one(params.q).slice(0, 200).trim(),
    area: Number.isInteger(area) && area > 0 && area < 100 ? area : undefined,
    lifecycle: member(LIFECYCLE_STATUSES, one(params.lifecycle)),
    confidence: member(DELIVERY_CONFIDENCES, one(params.confidence)),
    org: key(one(params.org)),
    side: member(SIDES, one(params.side)),
    place: key(one(params.place)),
  };
}

/** Full-width to half-width, case folded, katakana as hiragana, no spaces: ＴＯＹＯＴＡ finds Toyota. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\s+/g, "");
}

function projectText(p: ReportProject): string {
  const both = (t: { ja: string; en: string | null } | null) => (t ? `${t.ja} ${t.en ?? ""}` : "");
  return normalise(
    [
      `${p.areaNumber}-${p.number}`,
      both(p.title),
      both(p.subtitle),
      both(p.summary),
      both(p.confidenceNarrative),
      ...p.organizations.flatMap((o) => [both(o.name), both(o.label), both(o.role)]),
      ...p.locations.map((l) => both(l.name)),
      ...p.progress.flatMap((u) => [both(u.group), both(u.text)]),
      ...p.milestones.map((m) => both(m.title)),
      ...p.indicators.map((i) => both(i.name)),
      ...p.captions.map(both),
    ].join(" "),
  );
}

const texts = new WeakMap<ReportModel, Map<string, string>>();

function textOf(report: ReportModel, p: ReportProject): string {
  let map = texts.get(report);
  if (!map) texts.set(report, (map = new Map()));
  let text = map.get(p.id);
  if (text === undefined) map.set(p.id, (text = projectText(p)));
  return text;
}

/** The projects matching every word of the query and every filter, in report order. */
export function searchReport(report: ReportModel, query: SearchQuery): ReportProject[] {
  const words = query.q
    .split(/[\s\u3000]+/)
    .map(normalise)
    .filter(Boolean);
  return report.areas
    .flatMap((a) => a.projects)
    .filter(
      (p) =>
        (query.area === undefined || p.areaNumber === query.area) &&
        (!query.lifecycle || p.lifecycle === query.lifecycle) &&
        (!query.confidence || p.confidence === query.confidence) &&
        (!query.org || p.organizations.some((o) => o.key === query.org)) &&
        (!query.side || p.organizations.some((o) => o.side === query.side)) &&
        (!query.place || p.locations.some((l) => l.key === query.place)) &&
        words.every((w) => textOf(report, p).includes(w)),
    );
}

/** Every organisation and place of the edition, for the filters' choices. */
export function searchChoices(report: ReportModel) {
  const orgs = new Map<string, ReportProject["organizations"][number]>();
  const places = new Map<string, ReportProject["locations"][number]>();
  for (const p of report.areas.flatMap((a) => a.projects)) {
    for (const o of p.organizations) orgs.set(o.key, o);
    for (const l of p.locations) places.set(l.key, l);
  }
  return { organizations: [...orgs.values()], places: [...places.values()] };
}
