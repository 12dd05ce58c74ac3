import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { runtimeKey } from "@/lib/i18n/runtime-key";
import { z } from "zod";
import { AUDIT_ENTITY_TYPES, type AuditFilters } from "@/db/queries/audit";
import { parenthesize } from "@/lib/format/text";
import type { Locale } from "@/lib/format/dates";
import type { AreaOption } from "./user-fields";

// The log's filter lives in the URL, so anyone can bookmark or share it; whatever is in
// the URL is read leniently: a malformed value is dropped, never an error page.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

const querySchema = z.object({
  actor: optional(z.preprocess(blankToUndefined, z.uuid().optional())),
  area: optional(z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(99).optional())),
  type: optional(
    z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-zA-Z_]{1,40}$/)
        .optional(),
    ),
  ),
  id: optional(z.preprocess(blankToUndefined, z.string().max(200).optional())),
  from: optional(z.preprocess(blankToUndefined, z.iso.date().optional())),
  to: optional(z.preprocess(blankToUndefined, z.iso.date().optional())),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
});

export type AuditQueryValues = {
  actor?: string;
  area?: string;
  type?: string;
  id?: string;
  from?: string;
  to?: string;
};

/** The filter and page from the URL, normalised; also as strings for the form and the pager's links. */
export function readAuditQuery(searchParams: Record<string, string | string[] | undefined>) {
  const q = querySchema.parse(searchParams);
  // A range given backwards is meant the right way round.
  const [from, to] = q.from && q.to && q.from > q.to ? [q.to, q.from] : [q.from, q.to];
  const filters: AuditFilters = { actorId: q.actor, areaNumber: q.area, entityType: q.type, entityId: q.id, from, to };
  const values: AuditQueryValues = {
    actor: q.actor,
    area: q.area === undefined ? undefined : String(q.area),
    type: q.type,
    id: q.id,
    from,
    to,
  };
  return { filters, values, page: q.page };
}

type Props = {
  values: AuditQueryValues;
  actors: { id: string; name: string; email: string }[];
  areas: AreaOption[];
  locale: Locale;
  /** Where the form sends its query and the "clear" link goes. */
  action: string;
};

const control = "min-h-11 w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2";
const labelClass = "text-std-16B-170";

function SelectField({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`audit-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`audit-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form: the filter becomes the page's URL. */
export async function AuditFilterForm({ values, actors, areas, locale, action }: Props) {
  const t = await getTranslations("audit");
  const types: string[] = [...AUDIT_ENTITY_TYPES];
  if (values.type && !types.includes(values.type)) types.push(values.type);
  const typeName = (type: string) =>
    t.has(runtimeKey(t, `entityTypes.${type}`)) ? t(runtimeKey(t, `entityTypes.${type}`)) : type;
  return (
    // Keyed by the filter: a client-side navigation (the clear link, back) keeps the
    // element, and a select would otherwise keep showing the old choice.
    <form
      key={JSON.stringify(values)}
      method="get"
      action={action}
      role="search"
      aria-labelledby="audit-filter-heading"
      className="mb-8 rounded-8 border border-solid-gray-420 p-4"
    >
      <h2 id="audit-filter-heading" className="mb-4 text-std-20B-150">
        {t("filters")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          name="actor"
          label={t("actor")}
          value={values.actor}
          any={t("any")}
          options={actors.map((a) => ({ value: a.id, label: `${a.name}${parenthesize(a.email, locale)}` }))}
        />
        <SelectField
          name="area"
          label={t("area")}
          value={values.area}
          any={t("any")}
          options={areas.map((a) => ({ value: String(a.number), label: `${a.number} ${a.title}` }))}
        />
        <SelectField
          name="type"
          label={t("entityType")}
          value={values.type}
          any={t("any")}
          options={types.map((type) => ({ value: type, label: typeName(type) }))}
        />
        <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-3">
          <label htmlFor="audit-id" className={labelClass}>
            {t("entityId")}
          </label>
          <p id="audit-id-hint" className="text-dns-16N-130 text-solid-gray-700">
            {t("entityIdHint")}
          </p>
          <input
            id="audit-id"
            name="id"
            type="text"
            defaultValue={values.id ?? ""}
            aria-describedby="audit-id-hint"
            className={`${control} max-w-[480px]`}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <p id="audit-date-hint" className="text-dns-16N-130 text-solid-gray-700 sm:col-span-2 lg:col-span-3">
          {t("dateHint")}
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className={labelClass}>
            {t("from")}
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={values.from ?? ""}
            aria-describedby="audit-date-hint"
            className={control}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className={labelClass}>
            {t("to")}
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={values.to ?? ""}
            aria-describedby="audit-date-hint"
            className={control}
          />
        </div>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-6 text-white hover:bg-blue-1000"
        >
          {t("apply")}
        </button>
        <Link href={action} className="inline-flex min-h-11 items-center">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
