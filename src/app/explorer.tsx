import { useQuery } from '@tanstack/react-query';
import { AppHeader } from '../components/app-header.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { datasetQueryOptions } from '../dataset/dataset-query.ts';

/** Composes the explorer once the dataset is loaded; holds no logic of its own. */
export function Explorer() {
  const dataset = useQuery(datasetQueryOptions());
  if (dataset.isPending) return <Loading />;
  if (dataset.isError) {
    return (
      <LoadError
        error={dataset.error}
        onRetry={() => void dataset.refetch()}
        retrying={dataset.isFetching}
      />
    );
  }
  return (
    <>
      <AppHeader dataset={dataset.data} />
      <main id="main" className="explorer" />
    </>
  );
}
