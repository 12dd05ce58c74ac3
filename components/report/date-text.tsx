import type { PartialDate } from "@/lib/domain/partial-date";
import { formatPartialDate, type Locale } from "@/lib/format/dates";

// <time> only where the precision has a valid machine form (day, month or year).
function machineForm(pd: PartialDate): string | undefined {
  switch (pd.precision) {
    case "day":
      return pd.date;
    case "month":
      return pd.date.slice(0, 7);
    case "year":
      return pd.date.slice(0, 4);
    default:
      return undefined;
  }
}

export function DateText({ value, locale }: { value: PartialDate; locale: Locale }) {
  const text = formatPartialDate(value, locale);
  const machine = machineForm(value);
  return machine ? <time dateTime={machine}>{text}</time> : <span>{text}</span>;
}
