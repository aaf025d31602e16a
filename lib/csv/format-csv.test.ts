// RFC 4180 quoting and OWASP's CSV-injection escape, read back by a strict RFC 4180 reader.
import { describe, expect, it } from 'vitest';
import { escapeCsvField, formatCsv } from './format-csv';

/** A strict RFC 4180 reader: every field quoted, as formatCsv writes them. */
function readCsv(text: string): string[][] {
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

describe('escapeCsvField', () => {
  it.each(['=HYPERLINK("http://evil.test","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('makes %j text with a leading apostrophe', (value) => {
    expect(escapeCsvField(value)).toBe(`"'${value.replaceAll('"', '""')}"`);
  });

  it('leaves ordinary text as it is, quoted, with quotes doubled', () => {
    expect(escapeCsvField('Create CloudCertificationAuthority')).toBe('"Create CloudCertificationAuthority"');
    expect(escapeCsvField('say "hi", then=go')).toBe('"say ""hi"", then=go"');
    expect(escapeCsvField('')).toBe('""');
  });
});

describe('formatCsv', () => {
  it('writes CRLF records that read back to the same fields, commas and line breaks included', () => {
    const records = [
      ['2026-12-04T10:00:00.000Z', 'Patch RoleScopeTag', 'admin@contoso.local', 'Paris, "HQ"\nfloor 2'],
      ['2026-12-04T10:01:00.000Z', 'Create RoleScopeTag', 'app', '=1+2'],
    ];
    const text = formatCsv(['Date', 'Activity', 'Initiated by', 'Target'], records);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([['Date', 'Activity', 'Initiated by', 'Target'], records[0], [...records[1]!.slice(0, 3), "'=1+2"]]);
  });
});
