/** Small, valid in-memory sources for compiler tests; each test breaks one thing. */
import type { SourceFile, Sources } from './compile.ts';

export const ARTICLE_BODY = [
  'Ministers met in Ottawa on Friday.',
  '',
  'They agreed on a “shared work plan” to guide cooperation on security. Officials called it a fresh start.',
  'India had dismissed the accusation as "absurd."',
].join('\n');

export function articleFile(
  overrides: { id?: string; outlet?: string; body?: string; path?: string } = {},
): SourceFile {
  const id = overrides.id ?? 'alpha-2026-02-09-talks';
  return {
    path: overrides.path ?? `data/articles/alpha/${id}.md`,
    text: [
      '---',
      `id: ${id}`,
      `outlet: ${overrides.outlet ?? 'alpha'}`,
      'headline: Ministers agree a work plan',
      'headlineSource: article',
      'published:',
      '  date: "2026-02-09"',
      '  precision: day',
      'url: https://example.org/talks',
      '---',
      overrides.body ?? ARTICLE_BODY,
      '',
    ].join('\n'),
  };
}

export function eventFile(
  yaml: string,
  path = 'data/events/2026/2026-02-07-talks.yaml',
): SourceFile {
  return { path, text: yaml };
}

export const EVENT_YAML = `id: 2026-02-07-talks
title: Ministers agree a work plan
summary: Ministers met and agreed a plan.
date:
  start: "2026-02-07"
  precision: day
themes: [security]
quotes:
  - id: alpha-plan
    article: alpha-2026-02-09-talks
    text: They agreed on a "shared work plan" to guide cooperation on security.
`;

export function validSources(overrides: Partial<Sources> = {}): Sources {
  return {
    outlets: {
      path: 'data/outlets.yaml',
      text: '- id: alpha\n  name: Alpha News\n  country: India\n  colour: "#0072B2"\n',
    },
    themes: {
      path: 'data/themes.yaml',
      text: '- id: security\n  label: Security\n  colour: "#EE6677"\n',
    },
    eras: {
      path: 'data/eras.yaml',
      text: '- id: all\n  label: All\n  start: "2018-01-01"\n  end: "2026-12-31"\n',
    },
    articles: [articleFile()],
    events: [eventFile(EVENT_YAML)],
    ...overrides,
  };
}
