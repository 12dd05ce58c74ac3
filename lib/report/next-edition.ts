import { dateInTokyo, nextPeriod } from "@/lib/domain/calendar";
import { month, type PartialDate } from "@/lib/domain/partial-date";
import { formatPartialDate } from "@/lib/format/dates";

export type EditionProposal = { period: string; titleJa: string; titleEn: string };

/** An edition's titles from its as-of date: 「2021年10月現在」, "As of October 2021". */
export const editionTitles = (asOf: PartialDate) => ({
  titleJa: `${formatPartialDate(asOf, "ja")}現在`,
  titleEn: `As of ${formatPartialDate(asOf, "en")}`,
});

/**
 * What the new-draft form proposes: the month after the latest edition (an edition a month),
 * titled as the seeded one is (「2021年11月現在」, "As of November 2021"). With no edition yet,
 * the current month in Japan.
 */
export function nextEdition(periods: string[], now = new Date()): EditionProposal {
  const latest = [...periods].sort().at(-1);
  const period = latest ? nextPeriod(latest) : dateInTokyo(now).slice(0, 7);
  const [y, m] = period.split("-").map(Number) as [number, number];
  return { period, ...editionTitles(month(y, m)) };
}
