import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema.ts';
import { formatYearRange } from '../lib/format-date.ts';
import { OfflineIndicator } from './offline-indicator.tsx';

export function AppHeader({ dataset, children }: { dataset: Dataset; children?: ReactNode }) {
  const events = dataset.events.length;
  const outlets = dataset.outlets.length;
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>India–Canada relations</h1>
        <p className="dataset-summary">
          <span>{formatYearRange(dataset.range)}</span>
          <span aria-hidden="true"> · </span>
          <span>
            {events} {events === 1 ? 'event' : 'events'}
          </span>
          <span aria-hidden="true"> · </span>
          <span>
            {outlets} {outlets === 1 ? 'outlet' : 'outlets'}
          </span>
        </p>
        <OfflineIndicator />
      </div>
      {children}
    </header>
  );
}
