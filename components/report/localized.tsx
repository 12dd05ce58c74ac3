import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/format/dates";
import { localize } from "@/lib/format/text";
import type { LocalizedText } from "@/lib/report/model";

/**
 * Report text in the reader's language. Where the English is missing it shows the Japanese,
 * tagged as Japanese, with a visible "not yet translated" marker: never a blank.
 */
export async function Localized({ text, locale }: { text: LocalizedText; locale: Locale }) {
  const shown = localize(text, locale);
  if (!shown.untranslated) return <>{shown.text}</>;
  const t = await getTranslations("report");
  return (
    <>
      <span lang="ja">{shown.text}</span>{" "}
      <span className="inline-block rounded-4 border border-solid-gray-536 px-1 text-dns-14N-130 text-solid-gray-800 align-middle" data-testid="untranslated">
        {t("untranslated")}
      </span>
    </>
  );
}
