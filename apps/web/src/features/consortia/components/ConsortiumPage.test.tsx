import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { ConsortiumDetail } from '../api/types';
import { CONSORTIUM_ID, detail, emptyHistory, leadAdmin, taxonomy } from '../test/fixtures';
import { ConsortiumPage } from './ConsortiumPage';

function setup(consortium: ConsortiumDetail) {
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/consortia/${CONSORTIUM_ID}`]: () => json(200, consortium),
    [`GET /api/consortia/${CONSORTIUM_ID}/history`]: () => json(200, emptyHistory),
    'GET /api/firms/f-lg/partner-suggestions': () =>
      json(200, { firmId: 'f-lg', project: {}, items: [], note: null }),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', leadAdmin);
  renderWithProviders(
    <Routes>
      <Route path="/consortia/:id" element={<ConsortiumPage />} />
    </Routes>,
    { route: `/consortia/${CONSORTIUM_ID}` },
  );
  return mock;
}

describe('ConsortiumPage (builder)', () => {
  it('disables Submit and lists why, in the UI language', async () => {
    setup(detail());
    const submit = await screen.findByRole('button', { name: 'Submit for review' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    const problems = screen.getByTestId('readiness-problems');
    expect(within(problems).getByText('1 invitation(s) still pending')).toBeTruthy();
    expect(within(problems).getByText('At least 1 SME member is required')).toBeTruthy();
    // The reasons describe the button for screen readers.
    expect(submit.getAttribute('aria-describedby')).toBe('submit-problems');
    expect(document.getElementById('submit-problems')?.textContent).toContain('Not ready to submit yet');
  });

  it('enables Submit when the team is ready and submits', async () => {
    const ready = detail({
      status: 'ready',
      pendingCount: 0,
      readiness: { canSubmit: true, problems: [] },
      viewer: { ...detail().viewer, canSubmit: true },
    });
    const mock = setup(ready);
    const submit = await screen.findByRole('button', { name: 'Submit for review' });
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText(/Every check passes/)).toBeTruthy();
    mock.calls.length = 0;
    submit.click();
    // Irreversible until withdrawn: a confirmation first, nothing sent before it.
    const dialog = await screen.findByRole('dialog', { name: 'Submit for review?' });
    expect(mock.calls.some((c) => c.method === 'POST')).toBe(false);
    within(dialog).getByRole('button', { name: 'Submit for review' }).click();
    await waitFor(() =>
      expect(
        mock.calls.some(
          (c) => c.method === 'POST' && c.url.endsWith(`/api/consortia/${CONSORTIUM_ID}/submit`),
        ),
      ).toBe(true),
    );
  });

  it('shows the invitation expiry in words and lets the lead edit roles', async () => {
    setup(detail());
    expect(await screen.findByText('Expires in 5 days')).toBeTruthy();
    expect(screen.getAllByLabelText('Role of DSPOne')[0].tagName).toBe('INPUT');
    expect(screen.getByRole('button', { name: 'Remove DSPOne' })).toBeTruthy();
  });

  it('shows staff decisions with reason and checklist to the firm', async () => {
    const decided = detail({
      status: 'approved',
      viewer: { ...detail().viewer, canEditTeam: false, canWithdraw: false },
      decisions: [
        {
          id: 'd-1',
          decision: 'approved',
          reason: 'Strong local delivery plan',
          checklist: {
            capabilitiesCovered: true,
            smeParticipation: true,
            localPartner: false,
            financingRoute: true,
            eligibility: true,
          },
          decidedBy: { id: 'u-staff', name: 'Jung Hyun' },
          createdAt: new Date().toISOString(),
          snapshot: { version: 3, members: [], team: null },
        },
      ],
    });
    setup(decided);
    const panel = await screen.findByTestId('decisions');
    expect(within(panel).getByText('Approved')).toBeTruthy();
    expect(within(panel).getByTestId('decision-reason').textContent).toBe('Strong local delivery plan');
    expect(within(panel).getByText('Local partner').closest('li')?.getAttribute('data-met')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Submit for review' })).toBeNull();
  });
});
