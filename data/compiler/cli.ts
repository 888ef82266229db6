/**
 * `npm run data`: compiles `data/` into `public/data/timeline.json` (the index) and
 * `public/data/timeline/` (the parts holding the quotes).
 * Exit 0 on success (warnings allowed), 1 when the sources have errors (the previous
 * output is left untouched), 2 when the compiler itself fails.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from './compile.ts';
import { loadSources } from './load-sources.ts';
import { buildOutput } from './build-output.ts';
import { formatProblem } from './problems.ts';
import { writeOutput } from './write-output.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: '.' },
      out: { type: 'string', default: 'public/data/timeline.json' },
      'part-bytes': { type: 'string' },
    },
  });
  const partBytes = values['part-bytes'];
  if (partBytes !== undefined && !/^[1-9]\d*$/.test(partBytes)) {
    console.error(
      `data compiler: --part-bytes must be a positive whole number, not "${partBytes}"`,
    );
    return 2;
  }
  const root = path.resolve(values.root);
  const out = path.resolve(root, values.out);
  const started = performance.now();

  const { dataset, problems } = compile(await loadSources(root));
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!dataset) {
    console.error(
      `\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: ${path.relative(root, out)} was not written (the previous version, if any, is unchanged).`,
    );
    return 1;
  }
  const built = buildOutput(dataset, {
    indexFile: path.relative(root, out),
    maxPartBytes: partBytes === undefined ? undefined : Number(partBytes),
  });
  if (!built.output) {
    for (const error of built.errors) console.error(`internal error: ${error}`);
    console.error(
      `\nThe compiled dataset fails its own schema (a compiler bug): nothing was written.`,
    );
    return 2;
  }
  await writeOutput(out, built.output);
  const quotes = dataset.events.reduce((n, e) => n + e.quotes.length, 0);
  const partKiB = built.output.index.parts.reduce((n, p) => n + p.bytes, 0) / 1024;
  const ms = Math.round(performance.now() - started);
  console.log(
    `Compiled ${dataset.events.length} events with ${quotes} verified quotes from ${dataset.articles.length} articles (${dataset.outlets.length} outlets) → ${path.relative(root, out)} (${(Buffer.byteLength(built.output.json) / 1024).toFixed(1)} KiB) and ${built.output.parts.length} part${built.output.parts.length === 1 ? '' : 's'} (${partKiB.toFixed(1)} KiB) in ${ms} ms${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A one-line message, not a stack trace; DEBUG=1 shows the stack.
    console.error(
      `data compiler failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 2;
  },
);
