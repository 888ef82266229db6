/**
 * Records the real `npm audit --omit=dev --json` outputs that scripts/audit-verdict.test.ts
 * judges: npm itself audits this project against a stand-in advisory service on 127.0.0.1
 * that reports made-up advisories ("Test … advisory") for packages of the real dependency
 * tree, and against a closed port. (method-not-allowed.json is what the registry proxy of
 * the network this was written on answers: it allows only GET and HEAD.)
 * Run: npx tsx scripts/record-audit-fixtures.ts
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

type Severity = 'low' | 'moderate' | 'high' | 'critical';
const advisory = (id: number, severity: Severity) => ({
  id,
  url: `https://github.com/advisories/GHSA-test-${String(id).padStart(4, '0')}`,
  title: `Test ${severity} advisory`,
  severity,
  vulnerable_versions: '<99.0.0',
  cwe: [],
  cvss: { score: 0, vectorString: null },
});

/** Per fixture: the advisories the stand-in service reports, by package name. */
const SCENARIOS: Record<string, Record<string, ReturnType<typeof advisory>[]>> = {
  clean: {},
  'low-moderate': { zustand: [advisory(1, 'low')], pdfmake: [advisory(2, 'moderate')] },
  // sax is pdfmake's dependency (through xmldoc): both are reported as affected.
  'high-critical': {
    zod: [advisory(3, 'critical')],
    sax: [advisory(4, 'high')],
    zustand: [advisory(5, 'moderate')],
  },
};

function serve(advisories: Record<string, unknown>): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/advisories/bulk')) {
        res.writeHead(404).end('{}');
        return;
      }
      const body = Buffer.concat(chunks);
      const gzip = req.headers['content-encoding'] === 'gzip';
      const asked = JSON.parse((gzip ? gunzipSync(body) : body).toString()) as object;
      const answer = Object.fromEntries(Object.entries(advisories).filter(([n]) => n in asked));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs npm audit (asynchronously: the stand-in service answers from this process). */
function audit(registry: string, fixture: string): Promise<void> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json', `--registry=${registry}`],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        writeFileSync(new URL(`audit-fixtures/${fixture}.json`, import.meta.url), stdout);
        console.log(`${fixture}.json: npm audit exit status ${error?.code ?? 0}`);
        resolve();
      },
    );
  });
}

for (const [fixture, advisories] of Object.entries(SCENARIOS)) {
  const server = await serve(advisories);
  await audit(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, fixture);
  server.close();
}

// A port nothing listens on: the one a closed server had.
const closed = await serve({});
const { port } = closed.address() as AddressInfo;
closed.close();
await audit(`http://127.0.0.1:${port}/`, 'unreachable');
