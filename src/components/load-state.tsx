import { DatasetLoadError } from '../dataset/fetch-dataset.ts';

export function Loading() {
  return (
    <main className="load-state" aria-busy="true">
      <p role="status">Loading the timeline…</p>
    </main>
  );
}

export function LoadError({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  const title =
    error instanceof DatasetLoadError
      ? {
          network: 'The dataset could not be reached',
          http: 'The server did not return the dataset',
          json: 'The dataset file is damaged',
          schema: 'The dataset is not in the expected format',
        }[error.kind]
      : 'The dataset could not be loaded';
  return (
    <main className="load-state">
      <div role="alert" className="load-error">
        <h1>{title}</h1>
        <p>{error.message}</p>
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    </main>
  );
}
