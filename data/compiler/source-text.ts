/**
 * How large a source file may be. Real articles are tens of kilobytes and real YAML files a
 * few; the limits are far above that, and low enough that compiling stays within seconds and
 * a few hundred megabytes whatever is put in `data/`.
 */
const MB = 1_000_000;

export const SOURCE_LIMITS = {
  /** An article file (front matter and body). */
  article: 10 * MB,
  /** A YAML file: outlets, themes, eras, or a file of events. */
  yaml: 5 * MB,
} as const;

export type SourceKind = keyof typeof SOURCE_LIMITS;

export function sourceKindOf(path: string): SourceKind {
  return path.endsWith('.md') ? 'article' : 'yaml';
}

/** The problem to report for a file of `bytes`, or null when it is within its limit. */
export function sizeProblem(path: string, bytes: number): string | null {
  const kind = sourceKindOf(path);
  const limit = SOURCE_LIMITS[kind];
  if (bytes <= limit) return null;
  const what = kind === 'article' ? 'an article' : 'a YAML file';
  return `file is ${formatMegabytes(bytes)}, larger than the ${formatMegabytes(limit)} limit for ${what}`;
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export type DecodedSource = { text: string } | { line: number; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a file's bytes, or where it is not UTF-8 (a file saved as Windows-1252, say). */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return {
      line,
      message: `file is not valid UTF-8 (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at}): save it as UTF-8`,
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: sequence length and the range its first continuation byte must be in
    // (which excludes overlong forms, surrogates and code points above U+10FFFF).
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}
