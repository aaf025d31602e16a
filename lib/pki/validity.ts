// Validity arithmetic for certificate profiles. X.509 Time has one-second resolution (RFC 5280 §4.1.2.5), so every
// date is truncated first; otherwise "exactly N years" would drift by the dropped milliseconds.

export function truncateToSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** Same calendar date and time N years later, in UTC (29 February rolls to 1 March). */
export function addYears(date: Date, years: number): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

export function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
