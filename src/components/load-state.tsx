import { useEffect, useId, useState } from 'react';
import { DatasetLoadError, type DatasetLoadErrorKind } from '../dataset/fetch-dataset.ts';
import { useLoadProgressStore, type LoadProgress } from '../dataset/load-progress-store.ts';
import { formatBytes } from '../lib/format-bytes.ts';
import './load-state.css';

/** After this long, the loading screen says how long it has been waiting. */
export const SLOW_LOAD_MS = 1000;

/** How many schema problems the error screen lists; the rest are counted. */
export const LISTED_PROBLEMS = 5;

export function Loading() {
  const progress = useLoadProgressStore((s) => s.progress);
  const elapsed = useElapsedMs(progress?.startedAt ?? null);
  const known = progress !== null && progress.total !== null && progress.total > 0;
  return (
    <main className="load-state" aria-busy="true">
      <div className="load-progress">
        <p role="status">Loading the timeline…</p>
        {progress ? (
          <>
            <progress
              aria-label="Dataset download"
              {...(known ? { value: progress.received, max: progress.total ?? 0 } : {})}
              aria-valuetext={progressText(progress)}
            />
            <p className="load-progress-detail">
              {progressText(progress)}
              {progress.attempt > 1 ? ` (attempt ${progress.attempt})` : ''}
            </p>
            {elapsed >= SLOW_LOAD_MS ? (
              <p className="load-progress-detail">
                Still loading after {Math.floor(elapsed / 1000)} s.
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </main>
  );
}

function progressText({ phase, received, total }: LoadProgress): string {
  if (phase === 'checking') return `Checking the dataset (${formatBytes(received)})…`;
  if (received === 0) return 'Waiting for the server…';
  if (total === null) return `Downloaded ${formatBytes(received)}`;
  const percent = Math.floor((received / total) * 100);
  return `Downloaded ${formatBytes(received)} of ${formatBytes(total)} (${percent}%)`;
}

/** Milliseconds since `since` (a `performance.now()` time), ticking once a second. */
function useElapsedMs(since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [since]);
  return since === null ? 0 : Math.max(0, now - since);
}

const TITLES: Record<DatasetLoadErrorKind, string> = {
  network: 'The dataset could not be reached',
  'not-found': 'The dataset was not found',
  server: 'The server could not send the dataset',
  http: 'The server refused the dataset',
  'content-type': 'The server sent a web page, not the dataset',
  truncated: 'The dataset arrived incomplete',
  json: 'The dataset file is damaged',
  schema: 'The dataset is not in the expected format',
};

export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const known = error instanceof DatasetLoadError ? error : null;
  return (
    <main className="load-state">
      <div role="alert" className="load-error">
        <h1>{known ? TITLES[known.kind] : 'The dataset could not be loaded'}</h1>
        <p>{error.message}</p>
        <ProblemList error={error} headingLevel={2} />
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    </main>
  );
}

/** The schema problems of a file that failed to load, the first few spelled out with their paths. */
export function ProblemList({ error, headingLevel }: { error: Error; headingLevel: 2 | 3 }) {
  const headingId = useId();
  const problems = error instanceof DatasetLoadError ? error.problems : [];
  if (problems.length <= 1) return null;
  const unlisted = problems.length - LISTED_PROBLEMS;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id={headingId}>Problems found</Heading>
      <ul className="load-error-problems" aria-labelledby={headingId}>
        {problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {unlisted > 0 ? (
        <p>
          …and {unlisted} more {unlisted === 1 ? 'problem' : 'problems'}.
        </p>
      ) : null}
    </>
  );
}
