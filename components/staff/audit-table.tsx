import { getLocale, getTranslations } from "next-intl/server";
import { Pager, pageHref } from "./pager";
import { ReportTable } from "@/components/report/report-table";
import type { AuditEventRow } from "@/db/queries/audit";
import type { PartialDate } from "@/lib/domain/partial-date";
import { readableChanges, type ReadableChange } from "@/lib/format/audit-changes";
import { formatPartialDate, type Locale } from "@/lib/format/dates";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** Query parameters a link keeps (the log's filter); empty ones are dropped. */
export type AuditQuery = Record<string, string | undefined>;

// Fields whose values are codes with names of their own elsewhere in the messages.
const VALUE_GROUPS: Record<string, string> = {
  status: "milestoneStatus",
  lifecycleStatus: "lifecycle",
  deliveryConfidence: "confidence",
  role: "roles",
  side: "side",
  accumulation: "indicator",
  editionStatus: "editions.statuses",
};

const tokyoParts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** 2026-11-27 14:05 in Japan time, whatever the server's own zone. */
export function formatTokyoMinute(at: Date): string {
  const p = Object.fromEntries(tokyoParts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A field whose codes are named per kind of record: an edition's status is not a milestone's. */
const valueField = (entityType: string, field: string) =>
  entityType === "edition" && field === "status" ? "editionStatus" : field;

function valueGroup(field: string): string | undefined {
  if (field === "precision" || field.endsWith("Precision")) return "audit.precisions";
  return VALUE_GROUPS[field];
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** One recorded value as a reader wants it: codes named, lists joined, nothing shown as （なし）. */
function formatValue(t: Translator, field: string, value: unknown, locale: string): string {
  if (isEmpty(value)) return t("audit.none");
  if (Array.isArray(value))
    return value.map((v) => formatValue(t, field, v, locale)).join(locale === "ja" ? "、" : ", ");
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  if (typeof value === "string") {
    // A day or a month on its own (an edition's as-of day, its period) as the report writes it.
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
      return formatPartialDate({ date: value, precision: "day" }, locale as Locale);
    if (field === "period" && /^\d{4}-\d{2}$/.test(value))
      return formatPartialDate({ date: `${value}-01`, precision: "month" }, locale as Locale);
    const group = valueGroup(field);
    const key = `${group}.${value}`;
    return group && t.has(key) ? t(key) : value;
  }
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

function translated(t: Translator, key: string, fallback: string): string {
  return t.has(key) ? t(key) : fallback;
}

function ChangeList({
  t,
  event,
  locale,
}: {
  t: Translator;
  event: Pick<AuditEventRow, "entityType" | "action" | "changes">;
  locale: Locale;
}) {
  const changes = readableChanges(event.action, event.changes);
  const show = (change: ReadableChange, value: unknown) =>
    change.kind === "date"
      ? value
        ? formatPartialDate(value as PartialDate, locale)
        : t("audit.none")
      : formatValue(t, valueField(event.entityType, change.field), value, locale);
  return (
    <>
      {changes.length === 0 ? (
        <span className="text-solid-gray-700">{t("audit.noChanges")}</span>
      ) : (
        <ul className="space-y-1">
          {changes.map((change) => (
            <li key={change.field} className="[overflow-wrap:anywhere] whitespace-pre-wrap">
              <span className="font-bold">{translated(t, `audit.fields.${change.field}`, change.field)}</span>
              {locale === "ja" ? "：" : ": "}
              <span data-testid="old-value">{show(change, change.old)}</span>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> {t("audit.changedTo")} </span>
              <span data-testid="new-value">{show(change, change.new)}</span>
            </li>
          ))}
        </ul>
      )}
      {/* The row as recorded, codes and all, for whoever needs it exactly. */}
      {Object.keys(event.changes ?? {}).length > 0 && (
        <details className="mt-1">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-dns-16N-130">
            {t("audit.raw")}
          </summary>
          <pre className="text-dns-16N-130 [overflow-wrap:anywhere] whitespace-pre-wrap">
            {JSON.stringify(event.changes, null, 1)}
          </pre>
        </details>
      )}
    </>
  );
}

export type AuditTableProps = {
  events: AuditEventRow[];
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** The page the pager links to, e.g. "/staff/audit" or a project's history tab. */
  baseHref: string;
  /** The other query parameters the pager keeps. */
  query?: AuditQuery;
  /** The table's caption; the log's own by default. */
  caption?: string;
};

/** Audit events as a native table (when, who, record, action, what changed) with its pager. */
export async function AuditTable({ events, total, page, pageSize, baseHref, query, caption }: AuditTableProps) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const pager = (
    <Pager
      total={total}
      page={page}
      pageSize={pageSize}
      shown={events.length}
      hrefFor={(p) => pageHref(baseHref, query, p)}
      testId="audit-pager"
    />
  );
  if (events.length === 0) {
    return (
      <div>
        <p data-testid="audit-empty">{t("audit.empty")}</p>
        {total > 0 && pager}
      </div>
    );
  }
  const columns = [t("audit.when"), t("audit.who"), t("audit.record"), t("audit.action"), t("audit.changes")];
  return (
    <div>
      <ReportTable caption={caption ?? t("audit.caption")} columns={columns} testId="audit-events">
        {events.map((e) => (
          <tr key={e.id} className="border-b border-solid-gray-420 align-top" data-testid="audit-event">
            <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
              <time dateTime={e.occurredAt.toISOString()}>{formatTokyoMinute(e.occurredAt)}</time>
            </th>
            <td className="min-w-40 py-2 pr-4">
              {e.actorName ?? t("audit.system")}
              {e.actorEmail && <span className="report-note [overflow-wrap:anywhere]">{e.actorEmail}</span>}
            </td>
            <td className="min-w-48 py-2 pr-4">
              <span className="block font-bold">
                {translated(t, `audit.entityTypes.${e.entityType}`, e.entityType)}
              </span>
              {e.label && <span className="block [overflow-wrap:anywhere]">{e.label}</span>}
              <span className="report-note break-all">{t("audit.recordId", { id: e.entityId })}</span>
            </td>
            <td className="py-2 pr-4">{translated(t, `audit.actions.${e.action}`, e.action)}</td>
            <td className="min-w-72 py-2">
              <ChangeList t={t} event={e} locale={locale as Locale} />
            </td>
          </tr>
        ))}
      </ReportTable>
      {pager}
    </div>
  );
}
