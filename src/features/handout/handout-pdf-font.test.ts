/**
 * The PDF is set in pdfmake's bundled Roboto: every character the data can put on the page
 * must have a glyph in it, or the reader gets blank boxes where quotation marks and dashes
 * belong.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// fontkit comes with pdfmake (through pdfkit), which is what embeds these fonts.
const fontkit = require('fontkit') as {
  create: (data: Buffer) => { hasGlyphForCodePoint: (codePoint: number) => boolean };
};
const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;

/** Regular, bold and italic: the faces the handout uses. */
const FACES = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf'];
/** Typography the handout itself adds around the data. */
const OURS = '“”‘’–—…·';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function charactersOfTheData(): string[] {
  const root = new URL('../../../data/', import.meta.url).pathname;
  const files = [
    ...filesUnder(join(root, 'events')),
    ...filesUnder(join(root, 'articles')),
    join(root, 'outlets.yaml'),
    join(root, 'themes.yaml'),
  ];
  const chars = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8')]));
  return [...chars].filter((c) => c.codePointAt(0)! > 0x7e);
}

describe('the PDF font', () => {
  const characters = [...new Set([...OURS, ...charactersOfTheData()])];

  it.each(FACES)('%s has a glyph for every character of the data and our typography', (face) => {
    const font = fontkit.create(Buffer.from(vfs[face]!, 'base64'));
    const missing = characters.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(characters).toEqual(expect.arrayContaining([...'“”’–']));
  });
});
