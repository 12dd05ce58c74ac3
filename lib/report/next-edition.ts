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
  let y: number;
  let m: number;
  if (latest) {
    [y, m] = latest.split("-").map(Number) as [number, number];
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  } else {
    const tokyo = new Date(now.getTime() + 9 * 3_600_000);
    [y, m] = [tokyo.getUTCFullYear(), tokyo.getUTCMonth() + 1];
  }
  return { period: `${y}-${String(m).padStart(2, "0")}`, ...editionTitles(month(y, m)) };
}
