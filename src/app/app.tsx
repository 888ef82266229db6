import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { createQueryClient } from './query-client.ts';
import { Explorer } from './explorer.tsx';
import { UpdatePrompt } from '../features/offline/update-prompt.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <Explorer />
        <UpdatePrompt />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
