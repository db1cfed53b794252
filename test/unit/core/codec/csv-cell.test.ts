import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvText, unguardFormula } from '../../../../src/core/codec/csv-cell.js';
import { detectDelimiter, readCsv } from '../../../../src/core/codec/csv-read.js';

/** Every record of a CSV text as the codec's reader splits it, guards removed. */
function readBack(text: string): string[][] {
  const rows: string[][] = [];
  readCsv(text, detectDelimiter(text), (fields) => {
    rows.push(fields.map(unguardFormula));
    return true;
  });
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
        expect(readBack(csvText(table))).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });
});
