import type { Locale } from "@/lib/format/dates";
import { formatObservation, formatTarget, observationWhen, withUnit } from "@/lib/format/indicator";
import { parenthesize, pick } from "@/lib/format/text";
import type { IndicatorDiff } from "@/lib/report/diff";
import type { LocalizedText, ReportIndicator, ReportObservation } from "@/lib/report/model";
import { Item, Move, TextMove, type ChangeContext } from "./edition-change-values";
import { Localized } from "./localized";

// The list items of one indicator's changes: its definition, baseline, values and targets.

function observation(o: ReportObservation | null, indicator: ReportIndicator, ctx: ChangeContext) {
  if (!o) return ctx.t("noValue");
  const when = observationWhen(o, ctx.locale, ctx.ti);
  return `${formatObservation(o, indicator, ctx.locale, ctx.ti)}${when ? parenthesize(when, ctx.locale) : ""}`;
}

/** +178人 / −10人: a real minus sign, and the indicator's unit. */
function signed(difference: string, indicator: ReportIndicator, locale: Locale): string {
  const negative = difference.startsWith("-");
  return `${negative ? "−" : "+"}${withUnit(negative ? difference.slice(1) : difference, indicator, locale)}`;
}

// A count or a ratio may have no unit; "なし" reads better than an empty side of the arrow.
const unitText = (u: LocalizedText): LocalizedText | null => (u.ja || u.en ? u : null);

export function IndicatorItems({ d, ctx }: { d: IndicatorDiff; ctx: ChangeContext }) {
  const ind = d.indicator;
  // The older edition's values were counted in its unit (万人, not 人).
  const before: ReportIndicator = d.unit ? { ...ind, unit: d.unit.from } : ind;
  const name = (breakdown: LocalizedText | null = null) =>
    `${pick(ind.name, ctx.locale)}${breakdown ? parenthesize(pick(breakdown, ctx.locale), ctx.locale) : ""}${ctx.t("separator")}`;
  if (d.kind !== "changed")
    return (
      <Item kind={d.kind === "added" ? "indicatorAdded" : "indicatorRemoved"} ctx={ctx}>
        <Localized text={ind.name} locale={ctx.locale} />
      </Item>
    );
  // A new observation that is now the latest value is already shown as the value's move; so
  // is the one it replaced, but an observation dropped with nothing new in its place is
  // listed, lest the value falling back to an older one read as a change of the figures.
  const added = new Set(d.observationsAdded);
  const shown = new Set(d.values.filter((v) => added.has(v.to)).flatMap((v) => [v.from, v.to]));
  return (
    <>
      {d.name && (
        <Item kind="indicatorRenamed" ctx={ctx}>
          <TextMove change={d.name} ctx={ctx} />
        </Item>
      )}
      {d.unit && (
        <Item kind="unitChanged" ctx={ctx}>
          {name()}
          <TextMove change={{ from: unitText(d.unit.from), to: unitText(d.unit.to) }} ctx={ctx} />
        </Item>
      )}
      {d.baseline && (
        <Item kind="baselineChanged" ctx={ctx}>
          {name()}
          <Move from={observation(d.baseline.from, before, ctx)} to={observation(d.baseline.to, ind, ctx)} ctx={ctx} />
        </Item>
      )}
      {d.values.map((v, i) => (
        <Item key={`v${i}`} kind="indicatorValue" ctx={ctx}>
          {name(v.breakdown)}
          <Move
            from={observation(v.from, before, ctx)}
            to={<span className="font-bold">{observation(v.to, ind, ctx)}</span>}
            ctx={ctx}
          />
          {v.difference &&
            parenthesize(ctx.t("difference", { value: signed(v.difference, ind, ctx.locale) }), ctx.locale)}
        </Item>
      ))}
      {d.observationsAdded
        .filter((o) => !shown.has(o))
        .map((o, i) => (
          <Item key={`o${i}`} kind="observationAdded" ctx={ctx}>
            {name(o.breakdown)}
            {observation(o, ind, ctx)}
          </Item>
        ))}
      {d.observationsRemoved
        .filter((o) => !shown.has(o))
        .map((o, i) => (
          <Item key={`or${i}`} kind="observationRemoved" ctx={ctx}>
            {name(o.breakdown)}
            {observation(o, before, ctx)}
          </Item>
        ))}
      {d.targets.map((tg, i) => {
        const kind = !tg.from ? "targetAdded" : !tg.to ? "targetRemoved" : "targetChanged";
        const from = tg.from ? formatTarget(tg.from, before, ctx.locale, ctx.ti) : ctx.t("noValue");
        const to = tg.to ? formatTarget(tg.to, ind, ctx.locale, ctx.ti) : ctx.t("noValue");
        return (
          <Item key={`t${i}`} kind={kind} ctx={ctx}>
            {name((tg.to ?? tg.from)?.breakdown)}
            {kind === "targetChanged" ? <Move from={from} to={to} ctx={ctx} /> : tg.to ? to : from}
          </Item>
        );
      })}
    </>
  );
}
