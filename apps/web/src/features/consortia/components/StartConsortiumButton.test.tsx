import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { CONSORTIUM_ID, detail, leadAdmin, smeAdmin } from '../test/fixtures';
import { StartConsortiumButton } from './StartConsortiumButton';

const team = {
  members: [
    { firmId: 'f-dsp', role: 'solution_provider', isLead: false },
    { firmId: 'f-lg', role: 'lead', isLead: true },
    { firmId: 'f-local', role: 'local_partner', isLead: false },
  ],
};

function render(user = leadAdmin) {
  const mock = mockFetch({ 'POST /api/consortia': () => json(201, detail()) });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', user);
  renderWithProviders(
    <Routes>
      <Route path="/projects/:id" element={<StartConsortiumButton team={team} />} />
      <Route path="/consortia/:id" element={<p>Consortium page</p>} />
    </Routes>,
    { route: '/projects/p-1' },
  );
  return mock;
}

describe('StartConsortiumButton', () => {
  it('creates the consortium with every suggested member except the lead, then opens it', async () => {
    const { calls } = render();
    fireEvent.click(screen.getByRole('button', { name: 'Start this consortium' }));
    expect(await screen.findByText('Consortium page')).toBeTruthy();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(await calls[0].json()).toEqual({
      projectId: 'p-1',
      members: [
        { firmId: 'f-dsp', role: 'solution_provider' },
        { firmId: 'f-local', role: 'local_partner' },
      ],
    });
    expect(CONSORTIUM_ID).toBeTruthy();
  });

  it('is hidden when the team is not led by the signed-in firm', () => {
    render(smeAdmin);
    expect(screen.queryByRole('button', { name: 'Start this consortium' })).toBeNull();
  });
});
