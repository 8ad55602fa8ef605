import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../../lib/api/types';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { ConsortiumSuggestions } from '../api/types';
import { feasibleSuggestions, infeasibleSuggestions, LG_CNS, PROJECT_ID, taxonomy } from '../test/fixtures';
import { SuggestedConsortiaSection } from './SuggestedConsortiaSection';

const firmUser: User = {
  id: 'd6f12a8b-7e12-4ce1-8421-91c83dcd7657',
  email: 'large@demo.consortium-match.kr',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Park Jiho',
  role: 'firm_admin',
  firmId: LG_CNS,
  permissions: ['project:read'],
  firm: {
    id: LG_CNS,
    name: 'LG CNS',
    nameKo: 'LG CNS',
    size: 'large',
    type: 'service_solution',
    homeCountry: 'KR',
    verificationStatus: 'verified',
    verificationReason: null,
  },
};

function renderSection(answer: ConsortiumSuggestions) {
  sessionStore.setSession('token', firmUser);
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const mock = mockFetch({
    [`GET /api/projects/${PROJECT_ID}/consortium-suggestions`]: async () => {
      await gate;
      return json(200, answer);
    },
    'GET /api/taxonomy': () => json(200, taxonomy),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(<SuggestedConsortiaSection projectId={PROJECT_ID} />);
  return { mock, release };
}

const consortiaCalls = (calls: Request[]) =>
  calls.filter((r) => r.url.includes('consortium-suggestions')).map((r) => new URL(r.url));

describe('SuggestedConsortiaSection', () => {
  it('fetches on request with my firm as lead, shows progress, then teams with a coverage matrix', async () => {
    const { mock, release } = renderSection(feasibleSuggestions);
    expect(consortiaCalls(mock.calls)).toHaveLength(0);
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'With my firm as lead' });
    expect(toggle.checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Suggest consortia' }));
    expect(await screen.findByText('Forming consortia…')).toBeTruthy();
    release();
    expect(await screen.findByTestId('coverage-matrix')).toBeTruthy();
    expect(screen.queryByTestId('consortia-blockers')).toBeNull();
    expect(screen.getByRole('tab', { name: /Team 1/ })).toBeTruthy();
    expect(consortiaCalls(mock.calls)[0].searchParams.get('leadFirmId')).toBe(LG_CNS);

    // Switching the lead off asks again without leadFirmId.
    fireEvent.click(toggle);
    await waitFor(() => expect(consortiaCalls(mock.calls)).toHaveLength(2));
    expect(consortiaCalls(mock.calls)[1].searchParams.has('leadFirmId')).toBe(false);
  });

  it('shows the blockers prominently and labels the teams as partial when none is feasible', async () => {
    const { release } = renderSection(infeasibleSuggestions);
    release();
    fireEvent.click(screen.getByRole('button', { name: 'Suggest consortia' }));
    const alert = await screen.findByTestId('consortia-blockers');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(within(alert).getByText('No team can meet every rule')).toBeTruthy();
    expect(alert.textContent).toContain('No team can meet: Local partner.');
    expect(alert.textContent).toContain('No eligible firm is based in Indonesia');
    expect(screen.getByRole('tab', { name: /Partial team 1/ })).toBeTruthy();
    expect(screen.getByTestId('consortium-card').getAttribute('data-feasible')).toBe('false');
    expect(screen.getByText('Partial team')).toBeTruthy();
  });
});
