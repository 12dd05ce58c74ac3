// The product's calendar is Japan's: deadlines, "today" and staleness are counted in Japan
// time, whatever zone a server runs in.

const tokyoDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Japan at a moment (today by default), yyyy-mm-dd. */
export function dateInTokyo(at = new Date()): string {
  return tokyoDate.format(at);
}

/** The month after a period: "2021-12" → "2022-01". Editions and rounds both step by a month. */
export function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
