import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ESCAPE_ALL_XSS_FILTER,
  visTimelineWithoutGraph2d,
} from './vite-plugin-vis-timeline-trim.ts';

const require = createRequire(import.meta.url);
const file = path.join(
  path.dirname(require.resolve('vis-timeline/package.json')),
  'esnext/esm/vis-timeline-graph2d.mjs',
);
const source = readFileSync(file, 'utf8');

type Transform = (this: { error(message: string): never }, code: string, id: string) => unknown;

function trim(code: string, id = file): { code: string } | null {
  const transform = visTimelineWithoutGraph2d().transform as Transform;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return transform.call(context, code, id) as { code: string } | null;
}

describe('the vis-timeline trim', () => {
  it('cuts Graph2d and the Configurator out of the installed build and keeps Timeline', () => {
    const out = trim(source)!.code;
    expect(out.length).toBeLessThan(source.length * 0.8);
    expect(out).toContain('export { Timeline, timeline };');
    expect(out).not.toMatch(/\bclass LineGraph\b|function LineGraph\b/);
    expect(out).not.toContain('var htmlColors = {');
    expect(out).toMatch(/function Timeline\(|class Timeline\b/);
  });

  it('writes every string vis-timeline puts into HTML as text: no xss library, nothing let through', () => {
    const out = trim(source)!.code;
    expect(out).not.toMatch(/from 'xss'/);
    const xssFilter = new Function(`${ESCAPE_ALL_XSS_FILTER}; return xssFilter;`)() as {
      FilterXSS: new () => { process(html: string): string };
    };
    const filter = new xssFilter.FilterXSS();
    expect(filter.process('2024')).toBe('2024');
    expect(filter.process('<img src=x onerror="alert(1)"> & \'q\'')).toBe(
      '&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;q&#39;',
    );
  });

  it('draws the items an update changed or added together, at the end of the update', () => {
    const out = trim(source)!.code;
    expect(out).toContain('_onUpdateEach(ids) {');
    expect(out).toContain('if (batch) batch.updated.push(this); else this.redraw();');
    expect(out).toContain('batch.shown.push(item);');
    expect(out).not.toContain(
      '    this._updateEditStatus();\n    this.dirty = true;\n    if (this.displayed) this.redraw();',
    );
    expect(() =>
      trim(source.replace('  _onUpdate(ids) {\n    const me = this;\n', '  _onUpdate(ids) {\n')),
    ).toThrow(/text not found/);
  });

  it('stops the build when an anchor is gone, rather than shipping a broken cut', () => {
    expect(() => trim(source.replace('/** DataScale */', '/** Renamed */'))).toThrow(
      /anchor not found/,
    );
  });

  it('leaves every other module alone', () => {
    expect(trim('export const x = 1;', '/src/main.tsx')).toBeNull();
  });
});
