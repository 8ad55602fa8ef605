import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { CONSORTIUM_ID, detail, emptyHistory, staff, taxonomy } from '../test/fixtures';
import { ReviewPage } from './ReviewPage';

const underReview = detail({
  status: 'under_review',
  version: 7,
  submittedAt: new Date().toISOString(),
  viewer: {
    relation: 'staff',
    memberId: null,
    canEditTeam: false,
    canSubmit: false,
    canWithdraw: false,
    canRespond: false,
    canReview: true,
  },
});

function setup(decision: (request: Request) => Response | Promise<Response>) {
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/consortia/${CONSORTIUM_ID}`]: () => json(200, underReview),
    [`GET /api/consortia/${CONSORTIUM_ID}/history`]: () => json(200, emptyHistory),
    [`POST /api/consortia/${CONSORTIUM_ID}/decision`]: decision,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', staff);
  renderWithProviders(
    <Routes>
      <Route path="/staff/review/:id" element={<ReviewPage />} />
    </Routes>,
    { route: `/staff/review/${CONSORTIUM_ID}` },
  );
  return mock;
}

const posts = (calls: Request[]) => calls.filter((c) => c.method === 'POST');

describe('ReviewPage decision form', () => {
  it('requires a reason, then sends decision, reason, checklist and version', async () => {
    const { calls } = setup(() => json(200, { ...underReview, status: 'approved' }));
    const form = (await screen.findByRole('button', { name: 'Record decision' })).closest('form')!;
    fireEvent.click(within(form).getByRole('radio', { name: 'Approved' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByText('Enter a reason.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Reason/, { selector: 'textarea' }), {
      target: { value: 'ok' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByText('The reason must be at least 3 characters.')).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.click(within(form).getByRole('checkbox', { name: 'Required capabilities are covered' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'SME participation' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Eligibility' }));
    fireEvent.change(within(form).getByLabelText(/^Reason/, { selector: 'textarea' }), {
      target: { value: 'Complete team with a clear financing plan' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record this decision?' });
    expect(dialog.textContent).toContain('Decision: Approved');
    expect(posts(calls)).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(await posts(calls)[0].json()).toEqual({
      decision: 'approved',
      reason: 'Complete team with a clear financing plan',
      checklist: {
        capabilitiesCovered: true,
        smeParticipation: true,
        localPartner: false,
        financingRoute: false,
        eligibility: true,
      },
      version: 7,
    });
  });

  it('shows the conflict message when another reviewer decided first (409)', async () => {
    const { calls } = setup(() =>
      json(409, { statusCode: 409, error: 'Conflict', message: 'The consortium changed since version 7' }),
    );
    const form = (await screen.findByRole('button', { name: 'Record decision' })).closest('form')!;
    fireEvent.click(within(form).getByRole('radio', { name: 'Rejected' }));
    fireEvent.change(within(form).getByLabelText(/^Reason/, { selector: 'textarea' }), {
      target: { value: 'Missing local partner' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Record decision' }),
    );
    const alert = await screen.findByTestId('decision-conflict');
    expect(alert.textContent).toContain('Another reviewer decided first');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(posts(calls)).toHaveLength(1);
  });
});
