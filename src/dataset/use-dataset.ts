import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './dataset-query.ts';
import type { Dataset } from './schema.ts';

/**
 * The loaded dataset, for components rendered below the explorer's loading gate
 * (which only renders them once the query has succeeded).
 */
export function useLoadedDataset(): Dataset {
  const { data } = useQuery(datasetQueryOptions());
  if (!data) throw new Error('useLoadedDataset was called before the dataset loaded');
  return data;
}
