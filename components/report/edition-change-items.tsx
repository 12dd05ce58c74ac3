import { pick } from "@/lib/format/text";
import type { MilestoneDiff, ProjectDiff } from "@/lib/report/diff";
import { sameText } from "@/lib/report/diff-parts";
import type { ReportOrganization, ReportProgress } from "@/lib/report/model";
import { IndicatorItems } from "./edition-change-indicators";
import {
  DateMove,
  Item,
  Labelled,
  Move,
  ProjectCode,
  StatusMove,
  TextMove,
  date,
  type ChangeContext,
} from "./edition-change-values";
import { StatusBadgeView } from "./status-badge";
import { Localized } from "./localized";

// The list items of one project's changes. Each item names its kind in words and carries it
// as `data-testid="change-<kind>"`; old and new values stand either side of an arrow.

function MilestoneItem({ d, ctx }: { d: MilestoneDiff; ctx: ChangeContext }) {
  const m = d.milestone;
  const kind = `milestone${d.kind[0]!.toUpperCase()}${d.kind.slice(1)}`;
  return (
    <Item kind={kind} ctx={ctx}>
      {/* A renamed milestone is the title change alone; any other kind may carry one too. */}
      {d.title ? <TextMove change={d.title} ctx={ctx} /> : pick(m.title, ctx.locale)}
      <span className="block pl-4">
        {d.status && (
          <span className="mr-3 inline-block">
            <StatusMove scale="milestoneStatus" change={d.status} ctx={ctx} />
          </span>
        )}
        {d.kind === "added" && (
          <span className="mr-3 inline-block">
            <StatusBadgeView value={m.status} label={ctx.tr(`milestoneStatus.${m.status}`)} />
          </span>
        )}
        <DateMove label="planned" change={d.kind === "added" ? { from: null, to: m.planned } : d.planned} ctx={ctx} />
        <DateMove
          label="actual"
          change={d.kind === "completed" && !d.actual ? { from: null, to: m.actual } : d.actual}
          ctx={ctx}
        />
      </span>
    </Item>
  );
}

/** How the project's report names an organisation: its own label, else the organisation's name. */
const shownName = (o: ReportOrganization) => o.label ?? o.name;

/** 役割：なし → 運営 / 表記：北斗 → 北斗株式会社, for one organisation on the project. */
function OrganizationItem({ from, to, ctx }: { from: ReportOrganization; to: ReportOrganization; ctx: ChangeContext }) {
  const role = !sameText(from.role, to.role);
  const label = !sameText(from.label, to.label);
  return (
    <Item kind="organizationChanged" ctx={ctx}>
      <Localized text={shownName(to)} locale={ctx.locale} />
      <span className="block pl-4">
        {role && (
          <Labelled label="role" ctx={ctx}>
            <TextMove change={{ from: from.role, to: to.role }} ctx={ctx} />
          </Labelled>
        )}
        {label && (
          <Labelled label="label" ctx={ctx}>
            <TextMove change={{ from: shownName(from), to: shownName(to) }} ctx={ctx} />
          </Labelled>
        )}
      </span>
    </Item>
  );
}

export function ProjectChangeItems({ d, ctx }: { d: ProjectDiff; ctx: ChangeContext }) {
  const { locale } = ctx;
  if (d.kind === "added") return <Item kind="projectAdded" ctx={ctx} />;
  if (d.kind === "removed") return <Item kind="projectRemoved" ctx={ctx} />;
  const note = (n: ReportProgress) => (
    <>
      {n.date && (
        <>
          {date(n.date, ctx)}
          {ctx.t("separator")}
        </>
      )}
      <Localized text={n.text} locale={locale} />
    </>
  );
  return (
    <>
      {d.moved && (
        <Item kind="moved" ctx={ctx}>
          <Move
            from={<ProjectCode place={d.moved.from} ctx={ctx} />}
            to={<ProjectCode place={d.moved.to} ctx={ctx} />}
            ctx={ctx}
          />
        </Item>
      )}
      {d.title && (
        <Item kind="title" ctx={ctx}>
          <TextMove change={d.title} ctx={ctx} />
        </Item>
      )}
      {d.subtitle && (
        <Item kind="subtitle" ctx={ctx}>
          <TextMove change={d.subtitle} ctx={ctx} />
        </Item>
      )}
      {d.summary && (
        <Item kind="summary" ctx={ctx}>
          <TextMove change={d.summary} ctx={ctx} />
        </Item>
      )}
      {d.lifecycle && (
        <Item kind="lifecycle" ctx={ctx}>
          <StatusMove scale="lifecycle" change={d.lifecycle} ctx={ctx} />
        </Item>
      )}
      {d.confidence && (
        <Item kind="confidence" ctx={ctx}>
          <StatusMove scale="confidence" change={d.confidence} ctx={ctx} />
        </Item>
      )}
      {d.confidenceNarrative && (
        <Item kind="narrative" ctx={ctx}>
          <TextMove change={d.confidenceNarrative} ctx={ctx} />
        </Item>
      )}
      {d.milestones.map((m) => (
        <MilestoneItem key={`${m.kind}-${m.milestone.id}`} d={m} ctx={ctx} />
      ))}
      {d.indicators.map((i) => (
        <IndicatorItems key={`${i.kind}-${i.indicator.key}`} d={i} ctx={ctx} />
      ))}
      {d.notes.added.map((n, i) => (
        <Item key={`na${i}`} kind="noteAdded" ctx={ctx}>
          {note(n)}
        </Item>
      ))}
      {d.notes.removed.map((n, i) => (
        <Item key={`nr${i}`} kind="noteRemoved" ctx={ctx}>
          {note(n)}
        </Item>
      ))}
      {d.captions.added.map((c, i) => (
        <Item key={`ca${i}`} kind="captionAdded" ctx={ctx}>
          <Localized text={c} locale={locale} />
        </Item>
      ))}
      {d.captions.removed.map((c, i) => (
        <Item key={`cr${i}`} kind="captionRemoved" ctx={ctx}>
          <Localized text={c} locale={locale} />
        </Item>
      ))}
      {d.organizations.added.map((o) => (
        <Item key={`oa-${o.key}`} kind="organizationAdded" ctx={ctx}>
          <Localized text={shownName(o)} locale={locale} />
        </Item>
      ))}
      {d.organizations.removed.map((o) => (
        <Item key={`or-${o.key}`} kind="organizationRemoved" ctx={ctx}>
          <Localized text={shownName(o)} locale={locale} />
        </Item>
      ))}
      {d.organizations.changed.map((o) => (
        <OrganizationItem key={`oc-${o.to.key}`} from={o.from} to={o.to} ctx={ctx} />
      ))}
      {d.locations.added.map((l) => (
        <Item key={`la-${l.key}`} kind="locationAdded" ctx={ctx}>
          <Localized text={l.name} locale={locale} />
        </Item>
      ))}
      {d.locations.removed.map((l) => (
        <Item key={`lr-${l.key}`} kind="locationRemoved" ctx={ctx}>
          <Localized text={l.name} locale={locale} />
        </Item>
      ))}
    </>
  );
}
