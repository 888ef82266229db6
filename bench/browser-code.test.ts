import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { transpileAsScript, transpileForBrowser } from './browser-code.ts';

describe('transpileAsScript', () => {
  it('turns the probe into a classic script with no imports or helpers', async () => {
    const script = await transpileAsScript(path.join(import.meta.dirname, 'page/probe.ts'));
    expect(() => new Script(script)).not.toThrow();
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    expect(script).not.toContain('__name');
    expect(script).toContain("Object.defineProperty(window, '__bench'");
  });
});

describe('transpileForBrowser', () => {
  it('keeps the bare page a module that imports its items by their served name', async () => {
    const code = await transpileForBrowser(path.join(import.meta.dirname, 'bare/bare-page.ts'));
    expect(code).toContain("from './bare-items.ts'");
    expect(code).not.toMatch(/\binterface\b|: BareDataset/);
  });
});
