import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { savedSearchUrl } from '../lib/links';
import { SaveSearchButton } from './SaveSearchButton';
import { SavedSearchesPanel } from './SavedSearchesPanel';

const saved = {
  id: 's1',
  name: 'KG transport',
  kind: 'projects',
  filters: { country: ['KG'], sector: ['transport'] },
  notify: 'in_app',
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('SaveSearchButton', () => {
  it('saves the current filters without paging, with the chosen alerts', async () => {
    const { fetch, calls } = mockFetch({ 'POST /api/saved-searches': () => json(201, saved) });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(
      <SaveSearchButton kind="projects" query={{ country: ['KG'], q: 'bus', page: 2, limit: 20 }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save this search' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Bishkek buses' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Search saved/)).toBeTruthy();
    expect(await calls[0].json()).toEqual({
      name: 'Bishkek buses',
      kind: 'projects',
      notify: 'in_app',
      filters: { country: ['KG'], q: 'bus' },
    });
  });

  it('needs a name', async () => {
    const { fetch, calls } = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SaveSearchButton kind="firms" query={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save this search' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('Alerts')).toBeNull(); // firm searches have no alerts
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter a name.')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});

describe('SavedSearchesPanel', () => {
  it('lists searches with a link to the list, deletes after confirmation', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/saved-searches': () => json(200, { items: [saved] }),
      'DELETE /api/saved-searches/s1': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SavedSearchesPanel />);
    const link = await screen.findByRole('link', { name: 'KG transport' });
    expect(link.getAttribute('href')).toBe('/projects?country=KG&sector=transport');
    fireEvent.click(screen.getByRole('button', { name: 'Delete KG transport' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
  });

  it('builds firm directory links with hideSamples', () => {
    expect(savedSearchUrl({ kind: 'firms', filters: { size: ['sme'], sample: false } })).toBe(
      '/firms?size=sme&hideSamples=1',
    );
  });
});
