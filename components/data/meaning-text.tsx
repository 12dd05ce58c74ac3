import type { Locale } from "@/lib/format/dates";

// A data dictionary text: the column names it writes in backticks become code, and on the
// English page the Japanese it quotes (下旬, 年度, 約…) is tagged as Japanese, so that a
// screen reader reads each part in its own language.
const CJK_RUN = /([\u3000-\u30ff\u3400-\u9fff\uff00-\uffef\u2460-\u24ff\u25b2]+)/;

function tagged(text: string, locale: Locale) {
  if (locale === "ja") return text;
  return text.split(CJK_RUN).map((part, i) =>
    i % 2 === 1 ? (
      <span key={`ja${i}`} lang="ja">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export function MeaningText({ text, locale }: { text: string; locale: Locale }) {
  return <>{text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : tagged(part, locale)))}</>;
}
