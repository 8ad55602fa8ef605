import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { NoticeProvider } from '../../../components/Notices';
import { CONSORTIUM_ID, detail } from '../test/fixtures';
import { OutcomesPanel } from './OutcomesPanel';

const record = {
  id: 'o-1',
  outcome: 'bid_submitted' as const,
  date: '2026-11-20',
  amount: null,
  currency: null,
  reason: null,
  status: 'reported' as const,
  reportedBy: { id: 'u-lead', name: 'Park Jiho' },
  reviewedBy: null,
  reviewedAt: null,
  reviewNote: null,
  createdAt: '2026-11-20T00:00:00.000Z',
};

function setup(answer: { canReport: boolean; canReview: boolean; items: (typeof record)[] }) {
  const posts: { path: string; body: unknown }[] = [];
  const mock = mockFetch({
    [`GET /api/consortia/${CONSORTIUM_ID}/outcomes`]: () => json(200, { current: null, ...answer }),
    [`POST /api/consortia/${CONSORTIUM_ID}/outcomes`]: async (r) => {
      posts.push({ path: 'report', body: await r.json() });
      return json(201, record);
    },
    [`POST /api/consortia/${CONSORTIUM_ID}/outcomes/o-1/review`]: async (r) => {
      posts.push({ path: 'review', body: await r.json() });
      return json(200, { ...record, status: 'confirmed' });
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <NoticeProvider>
      <OutcomesPanel consortium={detail({ status: 'approved', outcome: null })} />
    </NoticeProvider>,
  );
  return posts;
}

describe('OutcomesPanel', () => {
  it('lets the lead report a step for staff to confirm', async () => {
    const posts = setup({ canReport: true, canReview: false, items: [] });
    expect(await screen.findByTestId('outcomes-empty')).toBeTruthy();
    fireEvent.click(await screen.findByLabelText(/^Outcome/, { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Bid submitted' }));
    fireEvent.click(screen.getByRole('button', { name: 'Report to program staff' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ path: 'report', body: { outcome: 'bid_submitted' } });
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('shows staff the reported step with Confirm and Reject, and no report form', async () => {
    const posts = setup({ canReport: false, canReview: true, items: [record] });
    const list = await screen.findByTestId('outcomes');
    expect(within(list).getByText('Waiting for staff')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Report to program staff' })).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(posts).toEqual([{ path: 'review', body: { decision: 'confirmed' } }]));
  });
});
