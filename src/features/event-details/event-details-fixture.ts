/** A small hand-made dataset for this feature's tests: three outlets, four articles, one busy event. */
import type { Article, Quote } from '../../dataset/schema.ts';
import type { CompiledDataset } from '../../dataset/split-dataset.ts';

function article(id: string, outletId: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    outletId,
    headline: `Headline of ${id}`,
    headlineSource: 'article',
    published: { date: '2026-02-09', precision: 'day' },
    url: `https://example.org/${id}`,
    notes: null,
    removed: [],
    file: `data/articles/${id}.txt`,
    bodyLength: 1000,
    ...extra,
  };
}

function quote(
  id: string,
  articleId: string,
  outletId: string,
  start: number,
  text: string,
): Quote {
  const before = 'Words before. ';
  return {
    id,
    articleId,
    outletId,
    text,
    start,
    end: start + text.length,
    context: {
      text: `${before}${text} Words after.`,
      start: start - before.length,
      end: start + text.length + ' Words after.'.length,
    },
  };
}

/** The whole dataset, as compiled: split it with `splitFixture` for what the app loads. */
export function makeDetailsDataset(): CompiledDataset {
  return {
    schemaVersion: 2,
    range: { start: '2018-01-01', end: '2026-12-31' },
    outlets: [
      ['ndtv', 'NDTV', '#D55E00'],
      ['zee', 'Zee News', '#0072B2'],
      ['wion', 'WION', '#CC79A7'],
    ].map(([id, name, colour]) => ({
      id: id!,
      name: name!,
      country: 'India',
      colour: colour!,
      articleCount: 1,
      eventCount: 1,
      quoteCount: 1,
    })),
    themes: [
      { id: 'security', label: 'Security', colour: '#EE6677' },
      { id: 'trade', label: 'Trade', colour: '#228833' },
    ],
    articles: [
      article('ndtv-late', 'ndtv', { published: { date: '2026-02-10', precision: 'day' } }),
      article('ndtv-early', 'ndtv'),
      article('zee-report', 'zee', {
        headline: 'Report on the talks',
        headlineSource: 'ours',
        published: { date: '2026-02', precision: 'month' },
      }),
      article('wion-report', 'wion', { url: null }),
    ],
    eras: [],
    events: [
      {
        id: 'talks',
        title: 'Security talks in Ottawa',
        summary: 'The two advisers meet and agree a shared work plan.',
        date: { start: '2026-02-07', end: '2026-02-07', precision: 'day', label: null },
        dateNote: 'The articles give only the month.',
        status: 'happened',
        themes: ['security', 'trade'],
        outletIds: ['ndtv', 'wion', 'zee'],
        quotes: [
          quote('wion-plan', 'wion-report', 'wion', 300, 'A shared work plan was agreed.'),
          quote('ndtv-late-b', 'ndtv-late', 'ndtv', 500, 'Liaison officers will be posted.'),
          quote('ndtv-late-a', 'ndtv-late', 'ndtv', 100, 'The advisers met in Ottawa.'),
          quote('zee-pact', 'zee-report', 'zee', 200, 'A security pact was sealed.'),
          quote('ndtv-early-a', 'ndtv-early', 'ndtv', 50, 'Doval arrived on Friday.'),
        ],
        differences: [
          {
            label: 'What was agreed',
            note: 'Most say a work plan; Zee News says a pact.',
            positions: [
              { label: 'A shared work plan', quoteIds: ['wion-plan', 'ndtv-late-a'] },
              { label: 'A security pact', quoteIds: ['zee-pact'] },
            ],
          },
        ],
        file: 'data/events/talks.yaml',
      },
    ],
  };
}
