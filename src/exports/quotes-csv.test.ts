import { describe, expect, it } from 'vitest';
import { selectFullBriefing } from '../briefing/briefing-fixture.ts';
import { makeCompiledDataset } from '../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../dataset/selectors.ts';
import { csvField, guardFormula } from './csv.ts';
import { QUOTES_CSV_HEADER, buildQuotesCsv } from './quotes-csv.ts';

const dataset = makeCompiledDataset();

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('India’s adviser met Drouin')).toBe('India’s adviser met Drouin');
  });

  it('quotes fields with a comma, quotation mark, CR or LF and doubles quotation marks', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('guards a formula-like cell with a leading apostrophe and quotes it when needed', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe('guardFormula', () => {
  it('prefixes cells starting with = + - @ tab or CR, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(guardFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(guardFormula('1+1')).toBe('1+1');
    expect(guardFormula('a=b')).toBe('a=b');
    expect(guardFormula('')).toBe('');
  });
});

describe('buildQuotesCsv', () => {
  it('starts with a BOM and a header, ends every row with CRLF', () => {
    const csv = buildQuotesCsv(selectFullBriefing(dataset, NO_FILTERS, null));
    expect(csv.startsWith(`\uFEFF${QUOTES_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per quote of the shown outlets, in briefing order, with its citation', () => {
    const csv = buildQuotesCsv(
      selectFullBriefing(dataset, { ...NO_FILTERS, hiddenOutlets: ['ndtv'] }, null),
    );
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    expect(rows).toEqual([
      '18 Jun 2023,Title b,WION,Quote from wion about b,Headline of WION,9 Feb 2026,https://example.com/wion,b,wion-q1',
      '14 Mar 2025,Carney sworn in at Montréal,WION,Quote from wion about c,Headline of WION,9 Feb 2026,https://example.com/wion,c,wion-q0',
      '7 Feb 2026,Title d,ZEE,Quote from zee about d,Headline of ZEE,9 Feb 2026,,d,zee-q0',
    ]);
  });

  it('quotes a quote with commas and quotation marks, and guards one that starts like a formula', () => {
    const quote = dataset.events[0]!.quotes[0]!;
    const data = {
      ...dataset,
      events: [
        {
          ...dataset.events[0]!,
          quotes: [
            { ...quote, text: 'He said, "yes"' },
            { ...quote, id: 'q2', text: '-2% growth' },
          ],
        },
      ],
    };
    const csv = buildQuotesCsv(selectFullBriefing(data, NO_FILTERS, null));
    expect(csv).toContain(',NDTV,"He said, ""yes""",Headline of NDTV,');
    expect(csv).toContain(",NDTV,'-2% growth,Headline of NDTV,");
  });

  it('marks a headline we wrote ourselves and says when an event is expected', () => {
    const data = {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, headlineSource: 'ours' as const })),
      events: dataset.events.map((e) => ({ ...e, status: 'expected' as const })),
    };
    const csv = buildQuotesCsv(selectFullBriefing(data, NO_FILTERS, null));
    expect(csv).toContain(
      '23 Feb 2018 · expected,Title a,NDTV,Quote from ndtv about a,Headline of NDTV [description ours],',
    );
  });
});
