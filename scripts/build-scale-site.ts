/**
 * `npm run build:scale`: the built app (dist/) with a 10,000-event synthetic dataset instead
 * of the real one, in dist-scale/, for the end-to-end tests' scale project. The corpus is
 * generated and compiled by the project's own commands, so the app sees exactly what a real
 * 10,000-event dataset would give it. Deterministic: the same seed gives the same files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    outlets: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'dist-scale' },
  },
});

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const out = path.resolve(root, values.out);
const corpus = path.join(
  root,
  '.scale',
  `corpus-${values.events}-${values.outlets}-${values.seed}`,
);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('build:scale: dist/ has no built app; run npm run build first.');
  process.exit(2);
}

const tsx = (script: string, args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });

tsx('data/compiler/synthetic-cli.ts', [
  '--events',
  values.events,
  '--outlets',
  values.outlets,
  '--seed',
  values.seed,
  '--out',
  corpus,
]);
rmSync(out, { recursive: true, force: true });
cpSync(dist, out, { recursive: true, filter: (src) => src !== path.join(dist, 'data') });
tsx('data/compiler/cli.ts', ['--root', corpus, '--out', path.join(out, 'data', 'timeline.json')]);
console.log(
  `build:scale: ${path.relative(root, out)}/ is the app with ${values.events} synthetic events.`,
);
