import { formatBytes } from '../lib/format-bytes.ts';
import type { Dataset, EventDetails } from './schema.ts';

/** What went wrong, each with its own words: each calls for a different fix. */
export type DatasetLoadErrorKind =
  'network' | 'not-found' | 'server' | 'http' | 'content-type' | 'truncated' | 'json' | 'schema';

/** One way the file breaks the schema: where (`events.3.quotes.0.articleId`) and what. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** Why the dataset could not be loaded, in words a reader can act on. */
export class DatasetLoadError extends Error {
  readonly kind: DatasetLoadErrorKind;
  /** Schema errors only: every problem found, in file order. */
  readonly problems: readonly DatasetProblem[];

  constructor(kind: DatasetLoadErrorKind, message: string, problems: DatasetProblem[] = []) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.problems = problems;
  }
}

/** How often the download's progress is reported, at most. */
const PROGRESS_INTERVAL_MS = 100;

/** Bytes of the body read so far; `total` when the server said how many to expect. */
export interface DatasetProgress {
  received: number;
  total: number | null;
  /** `checking` once the body is in: parsing and validating it. */
  phase: 'downloading' | 'checking';
}

export interface FetchDatasetOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DatasetProgress) => void;
}

/** What is being fetched, for messages: "the dataset", "data/timeline.json". */
interface Subject {
  noun: string;
  /** Where the file belongs in a deployment, relative to index.html. */
  file: string;
}

const INDEX: Subject = { noun: 'the dataset', file: 'data/timeline.json' };

/**
 * The validator (zod and the schema), a chunk of its own: the app's shell paints without
 * it. The entry starts fetching it at once (see main.tsx), beside the dataset, so it has
 * arrived when the dataset has.
 */
export function loadValidator(): Promise<typeof import('./schema.ts')> {
  const loading = import('./schema.ts');
  // A failed load is reported by whoever awaits it.
  loading.catch(() => {});
  return loading;
}

/** Fetches and validates the dataset's index; every failure is a DatasetLoadError. */
export async function fetchDataset(
  address: string,
  { signal, onProgress }: FetchDatasetOptions = {},
): Promise<Dataset> {
  const schemaModule = loadValidator();
  const json = await fetchJson(address, INDEX, { signal, onProgress });
  const { datasetSchema } = await schemaModule;
  return validated(datasetSchema.safeParse(json), INDEX);
}

/**
 * Fetches and validates part `part` of `dataset` (its address relative to the index's),
 * keyed by event id; every failure is a DatasetLoadError.
 */
export async function fetchDatasetPart(
  indexAddress: string,
  dataset: Dataset,
  part: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ReadonlyMap<string, EventDetails>> {
  const ref = dataset.parts[part];
  if (!ref) throw new Error(`the dataset has no part ${part}`);
  const subject = { noun: `the quotes file data/${ref.file}`, file: `data/${ref.file}` };
  const schemaModule = loadValidator();
  const json = await fetchJson(partAddress(indexAddress, ref.file), subject, { signal });
  const { datasetPartSchema } = await schemaModule;
  const value = validated(datasetPartSchema(dataset, part).safeParse(json), subject);
  return new Map(value.events.map((details) => [details.id, details]));
}

/** A part's address: its file name is relative to the index's folder. */
export function partAddress(indexAddress: string, file: string): string {
  return indexAddress.replace(/[^/]*$/, '') + file;
}

type SafeParse<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function validated<T>(parsed: SafeParse<T>, subject: Subject): T {
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
  throw new DatasetLoadError('schema', schemaMessage(problems, subject), problems);
}

/** Fetches a JSON file: every way it can fail has its own DatasetLoadError. */
async function fetchJson(
  address: string,
  subject: Subject,
  { signal, onProgress }: FetchDatasetOptions,
): Promise<unknown> {
  // Messages give the full address: "./data/timeline.json" says little about where.
  const url = absoluteUrl(address);
  let response: Response;
  try {
    response = await fetch(address, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      'network',
      `Could not reach the server for ${subject.noun} (${url}). Check the connection, then Retry.`,
    );
  }
  checkStatus(response, url, subject);
  checkContentType(response, url, subject);

  const body = await readBody(response, url, subject, signal, onProgress);
  onProgress?.({ received: body.received, total: body.total, phase: 'checking' });
  return parseJson(body, url, subject);
}

function absoluteUrl(address: string): string {
  try {
    return new URL(address, globalThis.location?.href).href;
  } catch {
    return address;
  }
}

function checkStatus(response: Response, url: string, subject: Subject): void {
  if (response.ok) return;
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 404 || response.status === 410) {
    throw new DatasetLoadError(
      'not-found',
      `${capital(subject.noun)} was not found at ${url} (${status}). Check that the deployment includes ${subject.file} beside index.html: npm run build writes it to dist/data/.`,
    );
  }
  if (response.status >= 500) {
    throw new DatasetLoadError(
      'server',
      `The server failed while sending ${subject.noun} (${status} for ${url}). This is usually temporary: Retry in a moment.`,
    );
  }
  throw new DatasetLoadError(
    'http',
    `The server refused the request for ${subject.noun} (${status} for ${url}).`,
  );
}

/**
 * A web page where the dataset should be is the usual sign of a missing file on a host
 * that answers every address with index.html. Other types are tolerated: some hosts
 * label JSON as text/plain or octet-stream, and the parser is the judge of those.
 */
function checkContentType(response: Response, url: string, subject: Subject): void {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    throw new DatasetLoadError(
      'content-type',
      `The server sent a web page (${type}) instead of ${subject.noun} at ${url}. This usually means ${subject.file} is missing from the deployment and the server answers every address with the app's index.html.`,
    );
  }
}

interface Body {
  text: string;
  received: number;
  total: number | null;
}

/** The expected body size, when the header states it for the bytes we will read. */
function expectedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  // A compressed body's Content-Length counts the compressed bytes, not the ones we read.
  if (encoding && encoding.trim().toLowerCase() !== 'identity') return null;
  const header = response.headers.get('content-length');
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header);
}

async function readBody(
  response: Response,
  url: string,
  subject: Subject,
  signal: AbortSignal | undefined,
  onProgress: FetchDatasetOptions['onProgress'],
): Promise<Body> {
  const expected = expectedLength(response);
  let received = 0;
  const total = () => (expected !== null && received <= expected ? expected : null);
  onProgress?.({ received, total: total(), phase: 'downloading' });
  let reportedAt = performance.now();
  const decoder = new TextDecoder();
  let text = '';
  try {
    if (!response.body) {
      text = await response.text();
      received = new TextEncoder().encode(text).byteLength;
    } else {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        text += decoder.decode(value, { stream: true });
        // A few reports a second are enough for a progress bar; one per chunk would
        // re-render it hundreds of times while a large file arrives.
        const now = performance.now();
        if (now - reportedAt >= PROGRESS_INTERVAL_MS) {
          reportedAt = now;
          onProgress?.({ received, total: total(), phase: 'downloading' });
        }
      }
      text += decoder.decode();
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      'network',
      `The connection was lost while downloading ${subject.noun} from ${url}, after ${receivedText(received, expected)}. Check the connection, then Retry.`,
    );
  }
  return { text, received, total: total() };
}

function parseJson(body: Body, url: string, subject: Subject): unknown {
  if (body.total !== null && body.received < body.total) throw truncated(body, url, subject);
  if (body.text.trim() === '') {
    throw new DatasetLoadError(
      'json',
      `${capital(subject.noun)} at ${url} is empty (${formatBytes(body.received)}). The file on the server needs to be rebuilt: npm run data.`,
    );
  }
  try {
    return JSON.parse(body.text);
  } catch (error) {
    if (endsEarly(body.text)) throw truncated(body, url, subject);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(
      'json',
      `${capital(subject.noun)} at ${url} is not valid JSON (${reason}). The file on the server is damaged and needs to be rebuilt: npm run data.`,
    );
  }
}

function truncated(body: Body, url: string, subject: Subject): DatasetLoadError {
  return new DatasetLoadError(
    'truncated',
    `${capital(subject.noun)} at ${url} arrived incomplete: it stops after ${receivedText(body.received, body.total)}, in the middle of the data. Retry; if it happens again, the file on the server is cut short.`,
  );
}

function receivedText(received: number, total: number | null): string {
  return total === null
    ? formatBytes(received)
    : `${formatBytes(received)} of ${formatBytes(total)}`;
}

/**
 * Whether JSON text stops inside a string or with brackets still open: the mark of a
 * cut-off download, as opposed to a file that is wrong throughout. The parser's own
 * message for this differs between browsers, so it is not relied on.
 */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}

/** How many problems, then the first one spelled out. */
function schemaMessage(problems: readonly DatasetProblem[], subject: Subject): string {
  const [first] = problems;
  if (!first) return `${capital(subject.noun)} does not match its schema.`;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${capital(subject.noun)} does not match its schema: ${count}. ${problems.length === 1 ? 'It is' : 'The first is'} at ${first.path}: ${first.message}.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
