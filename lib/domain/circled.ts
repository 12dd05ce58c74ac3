/** The report numbers its items ①②…; beyond ⑳ there is no such character. */
export function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}

/** An item's code as the report writes it: 1-②. */
export const projectCode = (areaNumber: number, number: number) => `${areaNumber}-${circled(number)}`;
