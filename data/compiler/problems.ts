/** A located problem found while compiling the sources. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the source file, relative to the data root's parent (e.g. `data/events/2023/x.yaml`). */
  file: string;
  /** 1-based line in `file`; 1 when the problem is about the file as a whole. */
  line: number;
  /** The record the problem is about, e.g. `event 2023-06-18-nijjar-killed`. */
  subject: string | null;
  message: string;
  /** Extra lines printed under the message (e.g. the closest passage of an article). */
  detail: string | null;
}

/** Longest message or subject printed; longer ones (a value pasted in whole) are cut. */
const MAX_MESSAGE = 1000;
const MAX_DETAIL = 2000;

export function problem(
  fields: Pick<Problem, 'file' | 'message'> & {
    severity?: Problem['severity'];
    /** Null or absent when the format gives no line: the problem is then put on line 1. */
    line?: number | null;
    subject?: string | null;
    detail?: string | null;
  },
): Problem {
  return {
    severity: fields.severity ?? 'error',
    file: fields.file,
    line: fields.line != null && fields.line >= 1 ? fields.line : 1,
    // One problem, one line: text from the sources must not break the `file:line:` shape.
    subject: fields.subject == null ? null : oneLine(fields.subject, MAX_MESSAGE),
    message: oneLine(fields.message, MAX_MESSAGE),
    detail: fields.detail == null ? null : clip(fields.detail, MAX_DETAIL),
  };
}

/** A value from the sources, quoted for a message: escaped, and cut when long. */
export function shown(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return clip(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), max);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/** `file:line: error: [subject] message` — the shape editors and terminals link to. */
export function formatProblem(p: Problem): string {
  const subject = p.subject === null ? '' : `[${p.subject}] `;
  const head = `${p.file}:${p.line}: ${p.severity}: ${subject}${p.message}`;
  return p.detail === null ? head : `${head}\n${indent(p.detail)}`;
}

function indent(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `    ${line}`)
    .join('\n');
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message);
}
