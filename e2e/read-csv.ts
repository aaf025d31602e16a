// Reads the portal's CSV exports in e2e specs.

/** A strict RFC 4180 reader: every field quoted, as the export writes them. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  const field = /"((?:[^"]|"")*)"(,|\r\n)/y;
  while (field.lastIndex < text.length) {
    const match = field.exec(text);
    if (!match) throw new Error(`not RFC 4180 at ${field.lastIndex}`);
    record.push(match[1]!.replaceAll('""', '"'));
    if (match[2] === '\r\n') {
      records.push(record);
      record = [];
    }
  }
  return records;
}
