import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../../lib/api/types';
import { sessionStore } from '../../../lib/auth/session';
import type { Taxonomy } from '../../../lib/taxonomy';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { PartnerRequest, PartnerRequestPage } from '../api/types';
import { PartnerRequestsPage } from './PartnerRequestsPage';

const term = (code: string, en: string, ko: string) => ({ code, en, ko });
const taxonomy: Taxonomy = {
  domains: [
    {
      ...term('energy', 'Energy', '에너지'),
      capabilities: [term('energy.smart_metering', 'Smart metering', '스마트 계량')],
    },
  ] as Taxonomy['domains'],
  roles: [term('solution_provider', 'Solution provider', '솔루션 공급')],
  firmSizes: [],
  firmTypes: [],
  projectTracks: [],
  financingSources: [],
  ladderStages: [],
};

const user: User = {
  firm: null,
  emailVerified: true,
  id: 'u-sme',
  email: 'sme@example.com',
  name: 'Choi Yuna',
  role: 'firm_admin',
  firmId: 'f-dsp',
  permissions: ['profile:read-own', 'message:write-own', 'partner-request:write-own'],
};

const request = (over: Partial<PartnerRequest>): PartnerRequest => ({
  id: 'r1',
  firm: { id: 'f-lg', name: 'LG CNS', nameKo: null },
  title: 'Smart metering partner for Hue',
  description: 'AMI provider wanted',
  capabilities: ['energy.smart_metering'],
  role: 'solution_provider',
  projectId: null,
  projectTitle: null,
  countryCode: 'VN',
  expiresAt: '2027-01-31T00:00:00.000Z',
  status: 'open',
  mine: false,
  fit: 1,
  createdAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

function setup(items: PartnerRequest[]) {
  const closed: string[] = [];
  const page: PartnerRequestPage = { items, total: items.length, page: 1, limit: 20 };
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    'GET /api/partner-requests': () => json(200, page),
    'POST /api/partner-requests/r2/close': () => {
      closed.push('r2');
      return json(200, { ...items[1], status: 'closed' });
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', user);
  renderWithProviders(<PartnerRequestsPage />, {
    route: '/partner-requests?capability=energy.smart_metering',
  });
  return { mock, closed };
}

describe('PartnerRequestsPage', () => {
  it('shows who seeks what with the fit, filters through the URL, replies to others and closes its own after a confirmation', async () => {
    const { mock, closed } = setup([
      request({}),
      request({ id: 'r2', title: 'Our own request', mine: true, fit: null }),
    ]);
    const cards = await screen.findAllByTestId('partner-request');
    expect(within(cards[0]).getByText('Your firm covers 1 sought capability')).toBeTruthy();
    expect(await within(cards[0]).findByText('Smart metering')).toBeTruthy();
    expect(within(cards[0]).getByRole('button', { name: 'Reply' })).toBeTruthy();
    expect(within(cards[0]).queryByRole('button', { name: 'Close request' })).toBeNull();
    expect(within(cards[1]).queryByRole('button', { name: 'Reply' })).toBeNull();
    const listCall = mock.calls.find((c) => c.url.includes('/api/partner-requests'))!;
    expect(new URL(listCall.url).searchParams.get('capability')).toBe('energy.smart_metering');

    fireEvent.click(within(cards[1]).getByRole('button', { name: 'Close request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close this partner request?' });
    expect(closed).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close request' }));
    await waitFor(() => expect(closed).toEqual(['r2']));
  });

  it('says so when nothing matches', async () => {
    setup([]);
    expect(await screen.findByTestId('partner-requests-empty')).toBeTruthy();
  });
});
