import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeAudit, reportVerdict } from './audit-verdict.ts';

/** Real `npm audit --omit=dev --json` output (see scripts/record-audit-fixtures.ts). */
const recorded = (name: string) =>
  readFileSync(new URL(`audit-fixtures/${name}.json`, import.meta.url), 'utf8');

describe('the production audit', () => {
  it('passes a report with no advisories', () => {
    const verdict = judgeAudit(recorded('clean'), 0);
    expect(verdict).toEqual({
      kind: 'pass',
      summary: 'no high or critical advisories in 59 production dependencies',
    });
    expect(reportVerdict(verdict, true)).toEqual({
      lines: ['npm audit: no high or critical advisories in 59 production dependencies.'],
      exitCode: 0,
    });
  });

  it('passes low and moderate advisories, and counts them', () => {
    // npm itself exits 1 for any advisory; only high and critical fail the check.
    const { lines, exitCode } = reportVerdict(judgeAudit(recorded('low-moderate'), 1), false);
    expect(exitCode).toBe(0);
    expect(lines).toEqual([
      'npm audit: no high or critical advisories in 59 production dependencies (1 moderate, 1 low).',
    ]);
  });

  it('fails on high and critical advisories, listing each package and why', () => {
    const { lines, exitCode } = reportVerdict(judgeAudit(recorded('high-critical'), 1), false);
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      'npm audit: 4 production packages have high or critical advisories:',
      '  critical zod: Test critical advisory (https://github.com/advisories/GHSA-test-0003)',
      '  high     pdfmake: via xmldoc',
      '  high     sax: Test high advisory (https://github.com/advisories/GHSA-test-0004)',
      '  high     xmldoc: via sax',
    ]);
    // The moderate advisory in the same report is not listed.
    expect(lines.join('\n')).not.toContain('zustand');
  });

  it.each([
    [
      'method-not-allowed',
      '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    ],
    [
      'unreachable',
      /^request to http:\/\/127\.0\.0\.1:\d+\/.* failed, reason: connect ECONNREFUSED/,
    ],
  ])('says in one line that it could not run when npm reports %s', (fixture, reason) => {
    const verdict = judgeAudit(recorded(fixture), 1);
    expect(verdict.kind).toBe('unavailable');
    expect(verdict.kind === 'unavailable' && verdict.reason).toMatch(reason);
    const lenient = reportVerdict(verdict, false);
    expect(lenient.exitCode).toBe(0);
    expect(lenient.lines).toHaveLength(1);
    expect(lenient.lines[0]).toMatch(/^npm audit: the check could not run \(.*AUDIT_REQUIRED=1/);
    const strict = reportVerdict(verdict, true);
    expect(strict.exitCode).toBe(1);
    expect(strict.lines).toHaveLength(1);
  });

  it('cannot be fooled by output that is not a report', () => {
    expect(judgeAudit('', null, 'sh: 1: npm: not found\nmore')).toEqual({
      kind: 'unavailable',
      reason: 'npm audit printed no report (exit status none): sh: 1: npm: not found',
    });
    expect(judgeAudit('{"vulnerabilities": {}}', 0)).toEqual({
      kind: 'unavailable',
      reason: 'unrecognised npm audit output',
    });
  });
});
