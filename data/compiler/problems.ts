/** A located problem found while compiling the sources. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the source file, relative to the data root's parent (e.g. `data/events/2023/x.yaml`). */
  file: string;
  /** 1-based line in `file`, where the format gives one. */
  line: number | null;
  /** The record the problem is about, e.g. `event 2023-06-18-nijjar-killed`. */
  subject: string | null;
  message: string;
  /** Extra lines printed under the message (e.g. the closest passage of an article). */
  detail: string | null;
}

export function problem(
  fields: Pick<Problem, 'file' | 'message'> & Partial<Omit<Problem, 'file' | 'message'>>,
): Problem {
  return {
    severity: fields.severity ?? 'error',
    file: fields.file,
    line: fields.line ?? null,
    subject: fields.subject ?? null,
    message: fields.message,
    detail: fields.detail ?? null,
  };
}

/** `file:line: error: [subject] message` — the shape editors and terminals link to. */
export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const subject = p.subject === null ? '' : `[${p.subject}] `;
  const head = `${where}: ${p.severity}: ${subject}${p.message}`;
  return p.detail === null ? head : `${head}\n${indent(p.detail)}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.message.localeCompare(b.message)
  );
}
