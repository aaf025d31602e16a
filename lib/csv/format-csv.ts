// CSV for spreadsheets (RFC 4180): every field in double quotes with embedded quotes doubled, records ended by CRLF.
// A field a spreadsheet would run as a formula — starting with = + - @, or tab or carriage return, which Excel also
// reads as a formula start — gets a leading apostrophe, as OWASP's CSV injection guidance says, so it stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The header row and the records as one CSV text. */
export function formatCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return [header, ...records].map((record) => `${record.map(escapeCsvField).join(',')}\r\n`).join('');
}
