import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvText, unguardFormula } from '../../../../src/core/codec/csv-cell.js';
import { CsvReader, detectDelimiter } from '../../../../src/core/codec/csv-read.js';
import { toCSV } from '../../../../src/core/codec/csv-write.js';
import { aggregate } from '../../../../src/core/aggregate/index.js';
import { gapTable, tableToCSV } from '../../../../src/core/summary.js';
import { response } from './arbitraries.js';

const PAYLOADS = ["+1+cmd|' /C calc'!A0", '-1+1', '=1+1', '@SUM(1)', 'a;=1+1'];

/** True when some cell of a CSV text, split naively on any separator, starts like a formula. */
function anyLiveCell(text: string): boolean {
  return text
    .split(/\r\n|[\r\n,;\t]/)
    .some((cell) => /^"?[=+\-@]/.test(cell) && !/^"?[+-]?\d[\d.]*"?$/.test(cell));
}

/** Every record of a CSV text as the codec's reader splits it. */
function readBack(text: string): string[][] {
  const rows: string[][] = [];
  const reader = new CsvReader(text, detectDelimiter(text));
  for (let record = reader.next(); record; record = reader.next()) rows.push(record.fields);
  return rows;
}

describe('csvCell', () => {
  it('guards cells a spreadsheet would run as a formula: = + - @ tab and CR first', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+A1')).toBe("'+A1");
    expect(csvCell('-A1')).toBe("'-A1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tTab first')).toBe("'\tTab first");
    expect(csvCell('\rCR first')).toBe('"\'\rCR first"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('adds one more apostrophe to a cell already guarded, so the guard can be undone exactly', () => {
    expect(csvCell("'=already")).toBe("''=already");
    expect(unguardFormula("''=already")).toBe("'=already");
    expect(csvCell("'plain apostrophe")).toBe("'plain apostrophe");
    expect(unguardFormula("'plain apostrophe")).toBe("'plain apostrophe");
  });

  it('leaves signed figures as numbers, but not formulas that start like one', () => {
    for (const figure of ['-1.5', '+0.3', '-12,345.6', '+0,3', '-7']) {
      expect(csvCell(figure)).toBe(figure.includes(',') ? `"${figure}"` : figure);
    }
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('+1e5')).toBe("'+1e5");
    expect(csvCell('-1 ')).toBe("'-1 ");
  });

  it('guards OWASP’s payloads: formulas that start like a signed number are not numbers', () => {
    expect(csvCell("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell("@SUM(1+1)*cmd|' /C calc'!A0")).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(csvCell('\t=1+1')).toBe("'\t'=1+1");
    expect(csvCell('\r=1+1')).toBe('"\'\r\'=1+1"');
  });

  it('guards a formula after a separator, for readers that split on ; or tab (or ignore quotes)', () => {
    expect(csvCell('a;=1+1')).toBe("a;'=1+1");
    expect(csvCell('a\t+1+cmd')).toBe("a\t'+1+cmd");
    expect(csvCell('a,-1+1')).toBe('"a,\'-1+1"');
    expect(csvCell('a\n@x')).toBe('"a\n\'@x"');
    expect(csvCell("a;'=1")).toBe("a;''=1");
    expect(csvCell('a;b=1')).toBe('a;b=1');
    for (const cell of ['a;=1+1', 'a\t+1+cmd', 'a,-1+1', 'a\n@x', "a;'=1", "x;''@y", 'a;b=1']) {
      expect(unguardFormula(readBack(`c\r\n${csvCell(cell)}\r\n`)[1]![0]!)).toBe(cell);
    }
    // What a semicolon reader sees: no cell of it starts with a formula character.
    const written = csvText([
      ['id', 'role'],
      ['a;=1+1', "+1+cmd|' /C calc'!A0"],
    ]);
    for (const line of written.split('\r\n')) {
      for (const cell of line.split(/[;,\t]/)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and nothing else', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('semi;colon')).toBe('semi;colon');
    expect(csvCell('')).toBe('');
  });
});

describe('csvText', () => {
  it('joins cells with commas and ends every line with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['=1', '1,5'],
      ]),
    ).toBe('a,b\r\n\'=1,"1,5"\r\n');
    expect(csvText([])).toBe('');
  });

  it('reads back through the codec’s reader exactly, whatever the text (fast-check)', () => {
    const cell = fc.oneof(
      fc.constantFrom('=SUM(A1)', "'=x", "''+y", '@cmd', '-1', '+1', '\tx', '\ry', '"', 'a,b', ''),
      fc.constantFrom(
        'a;=1',
        "a;'=1",
        'a,\t=1',
        "\t'\r''-",
        'a\n@b',
        '-1+1',
        "+1+cmd|' /C calc'!A0",
      ),
      fc.string({ unit: fc.constantFrom(...";,\t\r\n'=+-@a1"), maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ maxLength: 20 }),
    );
    // A header row of plain names first, so the separator the reader detects is the comma.
    const rows = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc
          .array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 })
          .map((body) => [Array.from({ length: width }, (_, i) => `c${i}`), ...body]),
      );
    fc.assert(
      fc.property(rows, (table) => {
        expect(readBack(csvText(table)).map((row) => row.map(unguardFormula))).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });
});

describe('every CSV export goes through the one cell writer', () => {
  it('guards free text in toCSV (responses: id, role, evidence)', () => {
    const responses = PAYLOADS.map((payload, i) =>
      response({
        id: `${payload}${i}`,
        role: payload,
        rubric: { roadmap: { stage: 'emerging', evidence: payload } },
      }),
    );
    const csv = toCSV(responses);
    expect(anyLiveCell(csv)).toBe(false);
    expect(csv).toContain("'+1+cmd|' /C calc'!A0");
    expect(csv).toContain(",'-1+1,");
    expect(csv).toContain("a;'=1+1");
  });

  it('guards role names in the gap chart’s table (what <gap-chart> and <team-results> export)', () => {
    const team = PAYLOADS.flatMap((payload, i) =>
      [0, 1, 2].map((k) => response({ id: `p${i}-${k}`, role: payload })),
    );
    const table = gapTable(aggregate(team), { groupByRole: true });
    const csv = tableToCSV(table);
    expect(anyLiveCell(csv)).toBe(false);
    expect(csv).toContain(",'-1+1,");
    expect(csv).toContain("a;'=1+1");
    // The figures stay numbers: a signed gap such as "-1.0" or "+2.0" is left as it is.
    expect(csv).toMatch(/,[+-]\d\.\d,/);
  });
});
