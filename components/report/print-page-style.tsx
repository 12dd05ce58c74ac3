import { getTranslations } from "next-intl/server";
import type { PartialDate } from "@/lib/domain/partial-date";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";

/** Every printed page carries the edition's as-of date and its page number, in the page margins. */
export async function PrintPageStyle({ asOf, title }: { asOf: PartialDate; title: string }) {
  const [t, locale] = await Promise.all([getTranslations("report"), getAppLocale()]);
  // CSS strings: the text is the report's own, but quotes and backslashes must not end the string.
  const css = (text: string) => JSON.stringify(text.replace(/[\n\r]/g, " "));
  const date = t("asOf", { date: formatPartialDate(asOf, locale) });
  return (
    <style>{`@page { @top-left { content: ${css(title)}; font-size: 8pt; } @top-right { content: ${css(date)}; font-size: 8pt; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }`}</style>
  );
}
