/**
 * `npm run audit`: fails when a production dependency has a high or critical advisory.
 * When the audit service cannot be reached (no network; a registry proxy that allows only
 * GET answers 405) it says so in one line and passes, unless AUDIT_REQUIRED=1.
 * Extra arguments go to npm audit (e.g. `npm run audit -- --registry=…`).
 */
import { spawnSync } from 'node:child_process';
import { judgeAudit, reportVerdict } from './audit-verdict.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json', ...process.argv.slice(2)], {
  encoding: 'utf8',
  timeout: 120_000,
  maxBuffer: 64 * 1024 * 1024,
});
const verdict = run.error
  ? ({ kind: 'unavailable', reason: `npm audit did not run: ${run.error.message}` } as const)
  : judgeAudit(run.stdout, run.status, run.stderr);
const { lines, exitCode } = reportVerdict(verdict, process.env.AUDIT_REQUIRED === '1');
for (const line of lines) (exitCode === 0 ? console.log : console.error)(line);
process.exitCode = exitCode;
