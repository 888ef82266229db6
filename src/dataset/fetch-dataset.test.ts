import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeFullDataset } from './dataset-fixture.ts';
import {
  DatasetLoadError,
  endsEarly,
  fetchDataset,
  fetchDatasetPart,
  type DatasetLoadErrorKind,
  type DatasetProgress,
} from './fetch-dataset.ts';

const URL = '/data/timeline.json';
const JSON_TEXT = JSON.stringify(makeDataset());
const JSON_BYTES = new TextEncoder().encode(JSON_TEXT);
const JSON_TYPE = { 'content-type': 'application/json' };

/** A body that arrives in `parts`, as a slow network delivers it. */
function streamOf(parts: (string | Uint8Array)[], failAfter?: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (failAfter !== undefined && i === failAfter) {
        controller.error(new TypeError('network error'));
      } else if (i < parts.length) {
        const part = parts[i++]!;
        controller.enqueue(typeof part === 'string' ? encoder.encode(part) : part);
      } else {
        controller.close();
      }
    },
  });
}

function serve(response: () => Response | Promise<Response>) {
  const fetch = vi.fn(async () => response());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function failure(): Promise<DatasetLoadError> {
  const error: unknown = await fetchDataset(URL).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

async function expectFailure(kind: DatasetLoadErrorKind, message: RegExp) {
  const error = await failure();
  expect(error.kind).toBe(kind);
  expect(error.message).toMatch(message);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataset', () => {
  it('returns the validated dataset', async () => {
    serve(() => new Response(JSON_TEXT, { headers: JSON_TYPE }));
    await expect(fetchDataset(URL)).resolves.toEqual(makeDataset());
  });

  it('reports the bytes received of the total while the body streams in', async () => {
    // Chunks 200 ms apart, each reported.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 200));
    // Split inside the "é" of Montréal: the decoder must join its two bytes again.
    const half = JSON_BYTES.indexOf(0xc3) + 1;
    const total = JSON_BYTES.length;
    serve(
      () =>
        new Response(streamOf([JSON_BYTES.slice(0, half), JSON_BYTES.slice(half)]), {
          headers: { ...JSON_TYPE, 'content-length': String(total) },
        }),
    );
    const progress: DatasetProgress[] = [];
    await expect(fetchDataset(URL, { onProgress: (p) => progress.push(p) })).resolves.toEqual(
      makeDataset(),
    );
    expect(progress).toEqual([
      { received: 0, total, phase: 'downloading' },
      { received: half, total, phase: 'downloading' },
      { received: total, total, phase: 'downloading' },
      { received: total, total, phase: 'checking' },
    ]);
  });

  it('reports a fast download a few times a second, not once per chunk', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(1000);
    const chunks = Array.from({ length: 50 }, (_, i) =>
      JSON_BYTES.slice((i * JSON_BYTES.length) / 50, ((i + 1) * JSON_BYTES.length) / 50),
    );
    serve(() => new Response(streamOf(chunks), { headers: JSON_TYPE }));
    const progress: DatasetProgress[] = [];
    await fetchDataset(URL, { onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.phase)).toEqual(['downloading', 'checking']);
    expect(progress.at(-1)!.received).toBe(JSON_BYTES.length);
  });

  it('gives no total for a compressed body, whose Content-Length counts other bytes', async () => {
    serve(
      () =>
        new Response(streamOf([JSON_TEXT]), {
          headers: { ...JSON_TYPE, 'content-length': '10', 'content-encoding': 'gzip' },
        }),
    );
    const totals: (number | null)[] = [];
    await fetchDataset(URL, { onProgress: (p) => totals.push(p.total) });
    expect(new Set(totals)).toEqual(new Set([null]));
  });

  it('tells a network failure apart', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    await expectFailure('network', /^Could not reach the server for the dataset \(\/data/);
  });

  it('tells a connection lost mid-download apart, with how much arrived', async () => {
    serve(
      () =>
        new Response(streamOf(['{"schemaVersion":1,', '...'], 1), {
          headers: { ...JSON_TYPE, 'content-length': '1000' },
        }),
    );
    await expectFailure('network', /lost while downloading .* after 19 bytes of 1000 bytes/);
  });

  it('says what to check when the file is missing (404)', async () => {
    serve(() => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    await expectFailure(
      'not-found',
      /^The dataset was not found at \/data\/timeline\.json \(HTTP 404 Not Found\)\. Check that the deployment includes data\/timeline\.json/,
    );
  });

  it('calls a 5xx a server failure worth retrying', async () => {
    serve(() => new Response('oops', { status: 503, statusText: 'Service Unavailable' }));
    await expectFailure('server', /HTTP 503 Service Unavailable .* usually temporary/);
  });

  it('reports any other refusal with its status', async () => {
    serve(() => new Response('no', { status: 403 }));
    await expectFailure('http', /refused the request for the dataset \(HTTP 403 for/);
  });

  it('recognises a web page served in place of the dataset (SPA fallback)', async () => {
    serve(
      () =>
        new Response('<!doctype html><html></html>', {
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    await expectFailure('content-type', /sent a web page \(text\/html\) instead of the dataset/);
  });

  it('still reads JSON labelled as plain text', async () => {
    serve(() => new Response(JSON_TEXT, { headers: { 'content-type': 'text/plain' } }));
    await expect(fetchDataset(URL)).resolves.toEqual(makeDataset());
  });

  it('tells a truncated file from a malformed one', async () => {
    serve(() => new Response(JSON_TEXT.slice(0, 500), { headers: JSON_TYPE }));
    await expectFailure('truncated', /arrived incomplete: it stops after 500 bytes/);

    serve(() => new Response(JSON_TEXT.replace(',"range"', ',,"range"'), { headers: JSON_TYPE }));
    await expectFailure('json', /is not valid JSON \(.+\)\. The file on the server is damaged/);
  });

  it('calls a body shorter than its Content-Length truncated', async () => {
    serve(
      () =>
        new Response(streamOf([JSON_TEXT]), {
          headers: { ...JSON_TYPE, 'content-length': String(JSON_BYTES.length + 100) },
        }),
    );
    await expectFailure('truncated', /stops after .* of /);
  });

  it('says an empty file is empty', async () => {
    serve(() => new Response('', { headers: JSON_TYPE }));
    await expectFailure('json', /is empty \(0 bytes\)/);
  });

  it('counts the schema problems and lists each with its path', async () => {
    const broken = makeDataset();
    broken.events[2]!.outletIds[0] = 'ghost';
    broken.articles[1]!.url = 'javascript:alert(1)';
    broken.events[0]!.title = 42 as unknown as string;
    serve(() => new Response(JSON.stringify(broken), { headers: JSON_TYPE }));
    const error = await failure();
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(
      'The dataset does not match its schema: 2 problems. The first is at articles.1.url: must be an http(s) URL.',
    );
    // Type errors stop the cross-checks, so the dangling outlet shows only once they are fixed.
    expect(error.problems).toEqual([
      { path: 'articles.1.url', message: 'must be an http(s) URL' },
      { path: 'events.0.title', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('says "1 problem" for one, with its path', async () => {
    const broken = makeDataset();
    broken.events[2]!.outletIds[0] = 'ghost';
    serve(() => new Response(JSON.stringify(broken), { headers: JSON_TYPE }));
    await expectFailure(
      'schema',
      /^The dataset does not match its schema: 1 problem\. It is at events\.2\.outletIds\.0: unknown outlet "ghost"\.$/,
    );
  });

  it('passes an abort through untouched, for the query to cancel', async () => {
    const controller = new AbortController();
    controller.abort();
    serve(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(fetchDataset(URL, { signal: controller.signal })).rejects.toHaveProperty(
      'name',
      'AbortError',
    );
  });
});

describe('fetchDatasetPart', () => {
  const fixture = makeFullDataset();
  const [part] = fixture.parts;

  it('fetches the part beside the index and gives each event its quotes', async () => {
    const fetch = serve(() => new Response(JSON.stringify(part), { headers: JSON_TYPE }));
    const details = await fetchDatasetPart(URL, fixture.dataset, 0);
    expect(fetch).toHaveBeenCalledWith(`/data/${fixture.dataset.parts[0]!.file}`, {
      signal: undefined,
    });
    expect([...details.keys()]).toEqual(fixture.dataset.events.map((e) => e.id));
    expect(details.get('b')?.quotes).toEqual(fixture.events[1]!.quotes);
  });

  it('refuses a part that disagrees with the index, naming the file and the path', async () => {
    const broken = structuredClone(part!);
    broken.events[0]!.quotes[0]!.articleId = 'ghost';
    broken.events[1]!.quotes.pop();
    serve(() => new Response(JSON.stringify(broken), { headers: JSON_TYPE }));
    const error: unknown = await fetchDatasetPart(URL, fixture.dataset, 0).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe(
      'The quotes file data/timeline/all.json does not match its schema: 2 problems. The first is at events.0.quotes.0.articleId: unknown article "ghost".',
    );
    expect((error as DatasetLoadError).problems.map((p) => p.path)).toEqual([
      'events.0.quotes.0.articleId',
      'events.1.quotes',
    ]);
  });

  it('says which file is missing', async () => {
    serve(() => new Response('Not found', { status: 404 }));
    const error: unknown = await fetchDatasetPart(URL, fixture.dataset, 0).catch((e) => e);
    expect((error as DatasetLoadError).kind).toBe('not-found');
    expect((error as DatasetLoadError).message).toContain(
      `The quotes file data/${fixture.dataset.parts[0]!.file} was not found at /data/${fixture.dataset.parts[0]!.file}`,
    );
  });
});

describe('endsEarly', () => {
  it('sees text cut inside a string or with brackets open', () => {
    expect(endsEarly('{"a": [1, 2')).toBe(true);
    expect(endsEarly('{"a": "text with \\" and {')).toBe(true);
    expect(endsEarly('{"a": "}"}')).toBe(false);
    expect(endsEarly('{"a": 1}}')).toBe(false);
    expect(endsEarly('nonsense')).toBe(false);
  });
});
