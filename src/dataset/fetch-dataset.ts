import { datasetSchema, type Dataset } from './schema.ts';

export type DatasetLoadErrorKind = 'network' | 'http' | 'json' | 'schema';

/** Why the dataset could not be loaded, in words a reader can act on. */
export class DatasetLoadError extends Error {
  readonly kind: DatasetLoadErrorKind;

  constructor(kind: DatasetLoadErrorKind, message: string) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
  }
}

/** Fetches and validates the compiled dataset; every failure is a DatasetLoadError. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      'network',
      `Could not reach the dataset at ${url}: the network request failed.`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      `The dataset request failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError(
      'json',
      `The dataset at ${url} is not valid JSON (it may be truncated).`,
    );
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const more = parsed.error.issues.length - 1;
    const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
    throw new DatasetLoadError(
      'schema',
      `The dataset does not match its schema at ${where}: ${first?.message ?? 'invalid'}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}.`,
    );
  }
  return parsed.data;
}
