import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRequest } from './server.ts';

const roots = {
  dist: path.resolve('/repo/dist'),
  data: path.resolve('/repo/bench/tmp/sites/real/data'),
  bare: path.resolve('/repo/bench/bare'),
  visTimeline: path.resolve('/repo/node_modules/vis-timeline'),
};
const file = (url: string) => resolveRequest(url, roots)?.file ?? null;

describe('resolveRequest', () => {
  it('serves the app from dist, index.html at the root', () => {
    expect(file('/')).toBe(path.join(roots.dist, 'index.html'));
    expect(file('/assets/index-B.js')).toBe(path.join(roots.dist, 'assets/index-B.js'));
  });

  it('serves /data/ from the dataset under test, part files included, never from dist', () => {
    expect(file('/data/timeline.json')).toBe(path.join(roots.data, 'timeline.json'));
    expect(file('/data/timeline/part-001-ab.json')).toBe(
      path.join(roots.data, 'timeline/part-001-ab.json'),
    );
    expect(resolveRequest('/data/timeline.json', { ...roots, data: null })).toBeNull();
  });

  it('serves the bare page, its TypeScript transpiled, and vis-timeline from its package', () => {
    expect(file('/bare/')).toBe(path.join(roots.bare, 'index.html'));
    expect(resolveRequest('/bare/bare-page.ts', roots)).toEqual({
      file: path.join(roots.bare, 'bare-page.ts'),
      transpile: true,
    });
    expect(file('/bare/vis-timeline-graph2d.min.js')).toBe(
      path.join(roots.visTimeline, 'standalone/umd/vis-timeline-graph2d.min.js'),
    );
    expect(file('/bare/vis-timeline-graph2d.min.css')).toBe(
      path.join(roots.visTimeline, 'styles/vis-timeline-graph2d.min.css'),
    );
  });

  it('never leaves its roots', () => {
    expect(file('/../package.json')).toBe(path.join(roots.dist, 'package.json'));
    expect(file('/data/../../../../etc/passwd')).toBe(path.join(roots.dist, 'etc/passwd'));
    expect(file('/data/%2e%2e/%2e%2e/secret')).toBe(path.join(roots.dist, 'secret'));
    expect(file('/%E0%A4%A')).toBeNull();
    expect(file('/a%00b')).toBeNull();
  });
});
