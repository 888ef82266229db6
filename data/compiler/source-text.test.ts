import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzOptions } from './fuzz.ts';
import { utf8Length } from '../../src/lib/utf8-length.ts';
import { decodeSource, firstInvalidUtf8, sizeProblem } from './source-text.ts';

export const SOURCE_TEXT_RUNS = { bytes: 500, text: 300 };

describe('source text', () => {
  it('finds invalid UTF-8 exactly where the platform’s strict decoder fails, and gives its line', () => {
    // Random bytes, and the sequences a validator gets wrong: overlong forms, surrogates,
    // code points past U+10FFFF, sequences cut short.
    const tricky = fc.constantFrom(
      [0xed, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xe0, 0x80, 0x80],
      [0xe0, 0xa0, 0x80],
      [0xf0, 0x80, 0x80, 0x80],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xc1, 0xbf],
      [0xc2, 0x80],
      [0xe2, 0x80],
      [0x0a],
      [0x41],
    );
    const bytes = fc
      .array(
        fc.oneof(
          tricky,
          fc.uint8Array({ maxLength: 4 }).map((b) => [...b]),
        ),
        { maxLength: 12 },
      )
      .map((parts) => Uint8Array.from(parts.flat()));
    fc.assert(
      fc.property(bytes, (b) => {
        const at = firstInvalidUtf8(b);
        const strict = new TextDecoder('utf-8', { fatal: true });
        const decodes = (u: Uint8Array) => {
          try {
            strict.decode(u);
            return true;
          } catch {
            return false;
          }
        };
        expect(at === -1).toBe(decodes(b));
        if (at !== -1) {
          expect(decodes(b.subarray(0, at))).toBe(true);
          const decoded = decodeSource(b);
          expect(decoded).toEqual({
            line: b.subarray(0, at).filter((x) => x === 0x0a).length + 1,
            message: expect.stringMatching(
              /^file is not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+\): save it as UTF-8$/,
            ),
          });
        }
      }),
      fuzzOptions(SOURCE_TEXT_RUNS.bytes),
    );
  });

  it('counts UTF-8 bytes as the platform encodes them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      fuzzOptions(SOURCE_TEXT_RUNS.text),
    );
  });

  it('refuses files over their limit, naming both sizes', () => {
    expect(sizeProblem('data/articles/a/x.md', 10_000_000)).toBeNull();
    expect(sizeProblem('data/articles/a/x.md', 10_000_001)).toBe(
      'file is 10.0 MB, larger than the 10 MB limit for an article',
    );
    expect(sizeProblem('data/events/2026/x.yaml', 5_000_000)).toBeNull();
    expect(sizeProblem('data/events/2026/x.yaml', 52_428_800)).toBe(
      'file is 52.4 MB, larger than the 5 MB limit for a YAML file',
    );
  });
});
