import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseYamlSource, tooDeep } from './yaml-source.ts';

const nestedIndent = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';

describe('YAML nesting', () => {
  it.each([
    ['brackets', (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['braces', (n: number) => `a: ${'{b: '.repeat(n)}1${'}'.repeat(n)}\n`],
    ['indentation', nestedIndent],
    ['compact sequences', (n: number) => `${'- '.repeat(n)}x\n`],
  ])(
    'allows %s up to the limit and refuses deeper, on the line where it goes too deep',
    (_, nest) => {
      expect(tooDeep(nest(MAX_NESTING - 1))).toBeNull();
      expect(tooDeep(nest(MAX_NESTING + 1))).not.toBeNull();
    },
  );

  it('reports a file nested too deep as malformed, on its line, without parsing it', () => {
    const text = `ok: 1\nalso: fine\n${nestedIndent(200_000 / 100)}`;
    expect(parseYamlSource(text, 'data/x.yaml').problems).toEqual([
      expect.objectContaining({
        file: 'data/x.yaml',
        line: 2 + MAX_NESTING + 1,
        message: expect.stringContaining(`nested more than ${MAX_NESTING} levels deep`),
      }),
    ]);
  });

  it('turns what the YAML library throws into a located problem', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(parseYamlSource(bomb, 'data/x.yaml').problems).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringMatching(/^malformed YAML: .*alias/i),
      }),
    ]);
  });
});
