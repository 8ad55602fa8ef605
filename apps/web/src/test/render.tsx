import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../lib/queryClient';
import { cssVariablesResolver, theme } from '../theme';

/** Renders `ui` with the app's providers and an in-memory router at `route`. */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, queryClient };
}

/** A `fetch` stub answering by "METHOD /path"; records every request it sees. */
export function mockFetch(routes: Record<string, (request: Request) => Response | Promise<Response>>): {
  fetch: (input: RequestInfo | URL) => Promise<Response>;
  calls: Request[];
} {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'));
    calls.push(request);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const handler = routes[key];
    if (!handler) return json(404, { statusCode: 404, error: 'Not Found', message: `No mock for ${key}` });
    return handler(request);
  };
  return { fetch, calls };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
