// A native select for plain GET forms (filters, comparisons): no JavaScript, the URL holds the state.
export type Option = { value: string; label: string };

export const getControl = "min-h-11 w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2";
export const getLabel = "text-std-16B-170";
export const getButton = "inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-6 text-white hover:bg-blue-1000";

export function GetSelect({
  id,
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  options: Option[];
  anyLabel?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={getLabel}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)} className={getControl}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
