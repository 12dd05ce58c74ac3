import type { PartialDate } from "@/lib/domain/partial-date";
import type { Locale } from "@/lib/format/dates";
import { circled } from "@/lib/domain/circled";
import { pick } from "@/lib/format/text";
import type { LooseTranslate } from "@/lib/i18n/runtime-key";
import type { Change, ProjectPlace } from "@/lib/report/diff";
import type { DeliveryConfidence, LifecycleStatus, LocalizedText, MilestoneStatus } from "@/lib/report/model";
import { DateText } from "./date-text";
import { StatusBadgeView } from "./status-badge";

// The building blocks of the changes list: an item that names its kind, and old → new
// values, with an arrow that a screen reader reads as a word.

/** `t` is the "changes" group, `ti` the "indicator" group, `tr` the root (status names); keys come from the changes' kinds. */
export type ChangeContext = { t: LooseTranslate; ti: LooseTranslate; tr: LooseTranslate; locale: Locale };

// milestoneCompleted → change-milestone-completed: the end-to-end tests find items by kind.
const testId = (kind: string) => `change-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function Item({ kind, ctx, children }: { kind: string; ctx: ChangeContext; children?: React.ReactNode }) {
  return (
    <li data-testid={testId(kind)}>
      <span className="font-bold">{ctx.t(`kind.${kind}`)}</span>
      {children && (
        <>
          {ctx.t("separator")}
          {children}
        </>
      )}
    </li>
  );
}

function Arrow({ ctx }: { ctx: ChangeContext }) {
  return (
    <>
      <span aria-hidden="true" className="mx-1">
        →
      </span>
      <span className="sr-only">{ctx.t("arrow")}</span>
    </>
  );
}

export function Move({ from, to, ctx }: { from: React.ReactNode; to: React.ReactNode; ctx: ChangeContext }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1">
      {from}
      <Arrow ctx={ctx} />
      {to}
    </span>
  );
}

/** A labelled part of an item (予定：…, 役割：…), set apart from the next one. */
export function Labelled({ label, ctx, children }: { label: string; ctx: ChangeContext; children: React.ReactNode }) {
  return (
    <span className="mr-3 inline-block">
      {ctx.t(label)}
      {ctx.t("separator")}
      {children}
    </span>
  );
}

type Scale = "lifecycle" | "confidence" | "milestoneStatus";
type Status = LifecycleStatus | DeliveryConfidence | MilestoneStatus;
export function StatusMove({ scale, change, ctx }: { scale: Scale; change: Change<Status>; ctx: ChangeContext }) {
  const badge = (v: Status) => <StatusBadgeView value={v} label={ctx.tr(`${scale}.${v}`)} />;
  return <Move from={badge(change.from)} to={badge(change.to)} ctx={ctx} />;
}

export function ProjectCode({ place, ctx }: { place: ProjectPlace; ctx: ChangeContext }) {
  return (
    <>
      <span aria-hidden="true">
        {place.areaNumber}-{circled(place.number)}
      </span>
      <span className="sr-only">{ctx.t("projectCode", { area: place.areaNumber, number: place.number })}</span>
    </>
  );
}

export const date = (value: PartialDate | null, ctx: ChangeContext) =>
  value ? <DateText value={value} locale={ctx.locale} /> : ctx.t("noDate");

/**
 * A text old → new, in the reader's language. When only the other language changed (a
 * translation added or corrected), the text stands as it reads now, with that language's
 * change beside it: 開業（英語：なし → Opening）. Never "X → X", never the name lost.
 */
export function TextMove({ change, ctx }: { change: Change<LocalizedText | null>; ctx: ChangeContext }) {
  const shown = (v: LocalizedText | null) => (v ? pick(v, ctx.locale) : ctx.t("noValue"));
  if (shown(change.from) !== shown(change.to))
    return <Move from={shown(change.from)} to={shown(change.to)} ctx={ctx} />;
  const other = ctx.locale === "ja" ? "en" : "ja";
  const inOther = (v: LocalizedText | null) => (v?.[other] ? <span lang={other}>{v[other]}</span> : ctx.t("noValue"));
  // The brackets of parenthesize() (lib/format/text), around markup rather than a string.
  const [open, close] = ctx.locale === "ja" ? ["（", "）"] : [" (", ")"];
  return (
    <>
      {shown(change.to)}
      {open}
      {ctx.t(`language.${other}`)}
      {ctx.t("separator")}
      <Move from={inOther(change.from)} to={inOther(change.to)} ctx={ctx} />
      {close}
    </>
  );
}

/** 予定：2021年内 → 2022年3月; a date newly set is shown alone. */
export function DateMove({
  label,
  change,
  ctx,
}: {
  label: string;
  change: Change<PartialDate | null> | null;
  ctx: ChangeContext;
}) {
  if (!change) return null;
  return (
    <Labelled label={label} ctx={ctx}>
      {change.from ? <Move from={date(change.from, ctx)} to={date(change.to, ctx)} ctx={ctx} /> : date(change.to, ctx)}
    </Labelled>
  );
}
