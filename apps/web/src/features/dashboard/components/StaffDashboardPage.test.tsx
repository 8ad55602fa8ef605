import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { LocationProbe } from '../../../test/LocationProbe';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { emptySummary, summary, taxonomy } from '../test/fixtures';
import { StaffDashboardPage } from './StaffDashboardPage';

function setup(route = '/staff/dashboard', body = summary) {
  const mock = mockFetch({
    'GET /api/dashboard/summary': () => json(200, body),
    'GET /api/taxonomy': () => json(200, taxonomy),
    'GET /api/dashboard/review-queue.csv': () =>
      new Response('\uFEFFconsortium_id\r\n', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="review-queue.csv"',
        },
      }),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <>
      <StaffDashboardPage />
      <LocationProbe />
    </>,
    { route },
  );
  const summaryCalls = () =>
    mock.calls
      .filter((r) => new URL(r.url).pathname === '/api/dashboard/summary')
      .map((r) => new URL(r.url).search);
  return { mock, summaryCalls };
}

/** The visually hidden data table of a chart, as rows of cell texts. */
const tableOf = (chartId: string) =>
  within(screen.getByTestId(chartId))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent));

// happy-dom lays nothing out (every box is 0×0): give recharts' ResponsiveContainer a size so the charts draw.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return this.classList.contains('recharts-responsive-container')
      ? new DOMRect(0, 0, 600, 300)
      : new DOMRect(0, 0, 0, 0);
  });
});

const programsOf = (search: string) => new URLSearchParams(search).getAll('program');

describe('StaffDashboardPage', () => {
  it('renders every number as text: stat cards, chart tables with labels, SME share in words', async () => {
    setup();
    // The charts are a lazy chunk (recharts): its first import can take longer than findBy's default second.
    expect(
      await screen.findByRole('heading', { name: 'Consortia by status' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByTestId('stat-total').textContent).toContain('8');
    expect(screen.getByTestId('stat-inReview').textContent).toContain('3');
    expect(screen.getByTestId('stat-approved').textContent).toContain('3');
    expect(screen.getByTestId('stat-smeApproved').textContent).toContain('50%');
    expect(screen.getByTestId('stat-medianDays').textContent).toContain('4.5 days');

    expect(tableOf('chart-status')).toContainEqual(['Under review', '2']);
    expect(tableOf('chart-status')).toHaveLength(9);
    expect(tableOf('chart-funnel')).toEqual([
      ['Invited', '20', '—'],
      ['Accepted', '15', '75%'],
      ['Submitted', '7', '—'],
      ['Approved', '3', '42.9%'],
      ['Selected', '1', '33.3%'],
    ]);
    expect(tableOf('chart-sme')).toEqual([
      ['Submitted or later', '45.5%', '5 / 11'],
      ['Approved', '50%', '2 / 4'],
    ]);
    expect(screen.getByTestId('chart-sme').textContent).toContain('45.5% (5 of 11 members)');
    expect(tableOf('chart-country')).toEqual([
      ['Vietnam', '12', '5'],
      ['Kenya', '3', '3'],
    ]);
    await waitFor(() => expect(tableOf('chart-sector')[0]).toEqual(['Energy', '9', '6']));
    // Each chart is a labelled region with a heading; the drawing itself is hidden from screen readers.
    for (const name of [
      'Consortia by status',
      'From invitation to selection',
      'SME share of team members',
      'Projects and consortia by country',
      'Projects and consortia by sector',
    ]) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    const drawing = screen.getByTestId('chart-status').querySelector('[aria-hidden="true"]')!;
    expect(drawing.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('reads the filters from the URL, and a new year updates the URL and the request', async () => {
    const { summaryCalls } = setup('/staff/dashboard?program=EDCF&program=K-City+Network+2022');
    await screen.findByRole('heading', { name: 'Consortia by status' });
    expect(programsOf(summaryCalls()[0])).toEqual(['EDCF', 'K-City Network 2022']);
    expect(summaryCalls()[0]).not.toContain('year');

    fireEvent.click(screen.getAllByLabelText('Year created').find((el) => el.tagName === 'INPUT')!);
    fireEvent.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/staff/dashboard?program=EDCF&program=K-City+Network+2022&year=2025',
      ),
    );
    await waitFor(() =>
      expect(
        summaryCalls().some(
          (q) => new URLSearchParams(q).get('year') === '2025' && programsOf(q).length === 2,
        ),
      ).toBe(true),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/staff/dashboard'));
    await waitFor(() => expect(summaryCalls()).toContain(''));
  });

  it('shows the empty state when no consortia match, with a way to clear the filters', async () => {
    setup('/staff/dashboard?year=2025', emptySummary);
    expect(await screen.findByRole('heading', { name: 'No consortia yet for these filters' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Consortia by status' })).toBeNull();
    fireEvent.click(
      within(screen.getByTestId('dashboard-empty')).getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/staff/dashboard'));
  });

  it('shows an error with a retry that loads again', async () => {
    let fail = true;
    const mock = mockFetch({
      'GET /api/dashboard/summary': () =>
        fail ? json(503, { statusCode: 503, error: 'x', message: 'down' }) : json(200, summary),
      'GET /api/taxonomy': () => json(200, taxonomy),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    renderWithProviders(<StaffDashboardPage />, { route: '/staff/dashboard' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the dashboard.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The charts are a lazy chunk (recharts): its first import can take longer than findBy's default second.
    expect(
      await screen.findByRole('heading', { name: 'Consortia by status' }, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it('downloads the review queue CSV with the bearer token and the current filters', async () => {
    sessionStore.setSession('token-123', null as never);
    const createObjectURL = vi.fn(() => 'blob:review-queue');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { mock } = setup('/staff/dashboard?year=2025');
    await screen.findByRole('heading', { name: 'Consortia by status' });
    fireEvent.click(screen.getByRole('button', { name: 'Review queue (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const request = mock.calls.find((r) => new URL(r.url).pathname === '/api/dashboard/review-queue.csv')!;
    expect(new URL(request.url).search).toBe('?year=2025');
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });
});
