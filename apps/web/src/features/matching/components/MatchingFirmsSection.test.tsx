import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { firmMatchList, PROJECT_ID, taxonomy } from '../test/fixtures';
import { MatchingFirmsSection } from './MatchingFirmsSection';

function renderSection(
  route = `/projects/${PROJECT_ID}`,
  matches: (req: Request) => Response = () => json(200, firmMatchList),
) {
  const mock = mockFetch({
    [`GET /api/projects/${PROJECT_ID}/matches`]: matches,
    'GET /api/taxonomy': () => json(200, taxonomy),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <Routes>
      <Route path="/projects/:id" element={<MatchingFirmsSection projectId={PROJECT_ID} />} />
    </Routes>,
    { route },
  );
  return mock;
}

describe('MatchingFirmsSection', () => {
  it('lists firms with score bars and expands a breakdown with the six parts as points / max', async () => {
    renderSection();
    const items = await screen.findAllByTestId('firm-match');
    expect(items).toHaveLength(2);
    expect(screen.getByText('The best fits among 505 verified firms, ranked by score.')).toBeTruthy();
    const bar = within(items[0]).getByRole('progressbar', { name: 'Fit score 59.7 out of 100' });
    expect(bar.getAttribute('aria-valuenow')).toBe('59.7');
    expect(within(items[0]).getByText('Sample data')).toBeTruthy();
    expect(within(items[1]).queryByText('Sample data')).toBeNull();
    expect(
      within(items[0])
        .getAllByRole('link', { name: /View profile/ })[0]
        .getAttribute('href'),
    ).toBe(`/firms/${firmMatchList.items[0].firm.id}`);

    const control = within(items[0]).getByRole('button', { name: /Mokpo Power Grid/ });
    expect(control.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(control);
    await waitFor(() => expect(control.getAttribute('aria-expanded')).toBe('true'));

    const parts = within(items[0]).getByTestId('score-parts');
    const row = (part: string) => parts.querySelector(`[data-part="${part}"]`)!.textContent;
    expect(row('capabilities')).toBe('Capabilities21.4 / 50');
    expect(row('mustHaves')).toBe('Must-haves15 / 15');
    expect(row('roles')).toBe('Roles10 / 10');
    expect(row('experience')).toBe('Experience7.5 / 15');
    expect(row('sector')).toBe('Sector1.7 / 5');
    expect(row('ladder')).toBe('Export ladder4.1 / 5');
    expect(parts.textContent).toContain('59.7 / 100');

    const table = within(items[0]).getByTestId('requirement-breakdown');
    const streetlight = (await within(table).findByText('Smart streetlights')).closest('tr')!;
    expect(streetlight.textContent).toContain('Must-have');
    expect(streetlight.textContent).toContain('Covered');
    expect(streetlight.textContent).toContain('3 / 3');
    expect(streetlight.textContent).toContain('LumiGrid');
    expect(streetlight.textContent).toContain('21.4 / 21.4');
    // Which evidence counted for the strength.
    expect(within(streetlight).getByTestId('requirement-evidence').textContent).toBe('Solution: LumiGrid');
    const its = within(table).getByText('Intelligent transport systems (ITS)').closest('tr')!;
    expect(its.textContent).toContain('Not covered');
    expect(its.textContent).toContain('Not declared');
    expect(within(its).getByTestId('requirement-evidence').textContent).toBe('Declared only');
    expect(its.textContent).not.toContain('Must-have');
    expect(within(items[0]).getByText('Has regional experience in Thailand (2025)')).toBeTruthy();
  });

  it('sends the size filter from the URL and offers to clear it when nothing matches', async () => {
    const mock = renderSection(`/projects/${PROJECT_ID}?firmSize=sme&firmSize=startup`, () =>
      json(200, { ...firmMatchList, candidates: 0, items: [] }),
    );
    expect(await screen.findByText(/No firm of the selected sizes matches/)).toBeTruthy();
    const request = mock.calls.find((r) => r.url.includes('/matches'))!;
    expect(new URL(request.url).searchParams.getAll('size')).toEqual(['sme', 'startup']);
    expect(screen.getByRole('button', { name: 'Show all sizes' })).toBeTruthy();
  });

  it('shows an error with a retry button', async () => {
    let fail = true;
    renderSection(undefined, () =>
      fail ? json(500, { statusCode: 500, error: 'x', message: 'boom' }) : json(200, firmMatchList),
    );
    expect(await screen.findByText('Could not load the matching firms.')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('firm-match')).toHaveLength(2);
  });
});
