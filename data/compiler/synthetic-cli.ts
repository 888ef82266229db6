/**
 * `npm run data:synthetic -- --events N [--outlets M] [--seed S] [--out DIR]`: writes a
 * synthetic source corpus (see synthetic-sources.ts) as the project root DIR, by default
 * `bench/tmp/synthetic-<N>`, which `npm run data -- --root DIR` compiles.
 * Exit 0 on success, 2 on bad flags or a failed write (DIR is then as it was).
 */
import path from 'node:path';
import { parseSyntheticArgs } from './synthetic-args.ts';
import { syntheticSources } from './synthetic-sources.ts';
import { writeCorpus } from './write-corpus.ts';

async function main(): Promise<number> {
  const parsed = parseSyntheticArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`data:synthetic: ${parsed.message}`);
    return 2;
  }
  const { events, outlets, seed, out } = parsed.args;
  const started = performance.now();
  const sources = syntheticSources({ events, outlets, seed });
  const files = [
    sources.outlets!,
    sources.themes!,
    sources.eras!,
    ...sources.articles,
    ...sources.events,
  ];
  const bytes = await writeCorpus(out, files, {
    generator: 'data:synthetic',
    events,
    outlets,
    seed,
  });
  const ms = Math.round(performance.now() - started);
  const n = (x: number) => x.toLocaleString('en');
  console.log(
    `Wrote ${n(files.length)} files (${n(events)} events, ${n(sources.articles.length)} articles, ${n(outlets)} outlets, seed ${seed}) to ${path.relative('.', path.resolve(out)) || '.'}: ${(bytes / 1e6).toFixed(1)} MB in ${n(ms)} ms. Compile with: npm run data -- --root ${out}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `data:synthetic failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 2;
  },
);
