import en from "@/messages/en.json";
import type { Locale } from "@/lib/format/dates";
import { localize } from "@/lib/format/text";
import type { LocalizedText } from "@/lib/report/model";

/**
 * Report text in the reader's language. Where the English is missing it shows the Japanese,
 * tagged as Japanese, with a visible "not yet translated" marker: never a blank.
 * Synchronous on purpose: a page holds a hundred of these, and each awaiting component
 * would become a row of its own in the page's React payload. Only English can be missing
 * (Japanese is required), so the marker's text is the English message.
 */
export function Localized({ text, locale }: { text: LocalizedText; locale: Locale }) {
  const shown = localize(text, locale);
  if (!shown.untranslated) return shown.text;
  return (
    <>
      <span lang="ja">{shown.text}</span>{" "}
      <span
        className="inline-block rounded-4 border border-solid-gray-536 px-1 align-middle text-dns-14N-130 text-solid-gray-800"
        data-testid="untranslated"
      >
        {en.report.untranslated}
      </span>
    </>
  );
}
