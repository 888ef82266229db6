/**
 * What `npm audit --omit=dev --json` says about the production dependencies, as a verdict:
 * pass, fail (any high or critical advisory, listed) or unavailable (the audit service
 * could not be asked: an error response, no network, no JSON). Pure; scripts/audit-check.ts
 * runs npm and prints it.
 */
import { z } from 'zod';

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];
const BLOCKING: readonly Severity[] = ['critical', 'high'];

const advisorySchema = z.object({ title: z.string(), url: z.string().optional() });
const reportSchema = z.object({
  vulnerabilities: z.record(
    z.string(),
    z.object({
      name: z.string(),
      severity: z.enum(SEVERITIES),
      // An advisory of the package itself, or the name of a dependency it is vulnerable through.
      via: z.array(z.union([z.string(), advisorySchema])),
    }),
  ),
  metadata: z.object({
    vulnerabilities: z.record(z.string(), z.number()),
    dependencies: z.object({ prod: z.number().optional() }).optional(),
  }),
});
const errorSchema = z.object({
  message: z.string().optional(),
  error: z
    .object({
      code: z.string().optional(),
      summary: z.string().optional(),
      detail: z.string().optional(),
    })
    .optional(),
});

export interface AuditFinding {
  name: string;
  severity: Severity;
  /** The advisories ("title (url)") or, for a package affected through another, "via x". */
  reasons: string[];
}

export type AuditVerdict =
  | { kind: 'pass'; summary: string }
  | { kind: 'fail'; findings: AuditFinding[] }
  | { kind: 'unavailable'; reason: string };

/** Judges npm's stdout (and, when it printed none, its exit status and stderr). */
export function judgeAudit(stdout: string, exitStatus: number | null, stderr = ''): AuditVerdict {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    const said = stderr.trim().split('\n')[0];
    return {
      kind: 'unavailable',
      reason: `npm audit printed no report (exit status ${exitStatus ?? 'none'})${said ? `: ${said}` : ''}`,
    };
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) {
    const failure = errorSchema.safeParse(json);
    const error = failure.success ? failure.data : {};
    const reason =
      error.message || error.error?.summary || error.error?.code || 'unrecognised npm audit output';
    return { kind: 'unavailable', reason };
  }
  const findings = Object.values(report.data.vulnerabilities)
    .filter((v) => BLOCKING.includes(v.severity))
    .map((v) => ({
      name: v.name,
      severity: v.severity,
      reasons: v.via.map((via) =>
        typeof via === 'string' ? `via ${via}` : `${via.title}${via.url ? ` (${via.url})` : ''}`,
      ),
    }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) ||
        a.name.localeCompare(b.name),
    );
  if (findings.length > 0) return { kind: 'fail', findings };
  const counts = report.data.metadata.vulnerabilities;
  const lesser = (['moderate', 'low', 'info'] as const)
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]} ${s}`);
  const prod = report.data.metadata.dependencies?.prod;
  return {
    kind: 'pass',
    summary: `no high or critical advisories${prod === undefined ? '' : ` in ${prod} production dependencies`}${lesser.length ? ` (${lesser.join(', ')})` : ''}`,
  };
}

/** The lines to print and the exit code; `required` makes an audit that could not run fail. */
export function reportVerdict(
  verdict: AuditVerdict,
  required: boolean,
): { lines: string[]; exitCode: 0 | 1 } {
  switch (verdict.kind) {
    case 'pass':
      return { lines: [`npm audit: ${verdict.summary}.`], exitCode: 0 };
    case 'fail':
      return {
        lines: [
          `npm audit: ${verdict.findings.length} production ${verdict.findings.length === 1 ? 'package has' : 'packages have'} high or critical advisories:`,
          ...verdict.findings.map(
            (f) => `  ${f.severity.padEnd(8)} ${f.name}: ${f.reasons.join('; ')}`,
          ),
        ],
        exitCode: 1,
      };
    case 'unavailable':
      return {
        lines: [
          `npm audit: the check could not run (${verdict.reason})${required ? '.' : '; not failing the build (set AUDIT_REQUIRED=1 to require it).'}`,
        ],
        exitCode: required ? 1 : 0,
      };
  }
}
