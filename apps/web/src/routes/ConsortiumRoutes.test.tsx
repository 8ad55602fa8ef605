import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  CONSORTIUM_ID,
  detail,
  emptyHistory,
  leadAdmin,
  staff,
  taxonomy,
} from '../features/consortia/test/fixtures';
import type { PartnerList } from '../features/matching/api/types';
import { team } from '../features/matching/test/fixtures';
import type { User } from '../lib/api/types';
import { sessionStore } from '../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../test/render';
import { ConsortiumRoute, ReviewRoute } from './ConsortiumRoutes';

const partners: PartnerList = {
  firmId: 'f-lg',
  project: {
    id: 'p-1',
    title: 'Smart city',
    titleKo: null,
    countryCode: 'ID',
    city: null,
    program: null,
    status: 'open',
  },
  items: [
    {
      firm: {
        id: 'f-kt',
        name: 'KT Smart Grid',
        nameKo: '케이티스마트그리드',
        size: 'sme',
        homeCountry: 'KR',
        isSample: false,
      },
      score: 72.4,
      fills: [{ code: 'transport.its', gap: 1, strength: 0.9, mustHave: true }],
      rolesAdded: ['local_partner'],
      boosts: ['large_sme_pairing'],
      affinity: 0,
      relations: [],
      via: null,
      compatriot: true,
      reasons: [{ kind: 'gap', en: 'Fills the ITS gap', ko: 'ITS 공백을 채웁니다' }],
    },
  ],
  note: null,
};

function setup(route: string, user: User) {
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/consortia/${CONSORTIUM_ID}`]: () => json(200, detail({ team })),
    [`GET /api/consortia/${CONSORTIUM_ID}/history`]: () => json(200, emptyHistory),
    'GET /api/firms/f-lg/partner-suggestions': () => json(200, partners),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', user);
  renderWithProviders(
    <Routes>
      <Route path="/consortia/:id" element={<ConsortiumRoute />} />
      <Route path="/staff/review/:id" element={<ReviewRoute />} />
    </Routes>,
    { route },
  );
  return mock;
}

describe('consortium pages composed with matching', () => {
  it('shows the coverage matrix, the rule checks and partner suggestions whose Invite opens the invite form', async () => {
    setup(`/consortia/${CONSORTIUM_ID}`, leadAdmin);
    const section = await screen.findByTestId('team-section');
    expect(within(section).getByTestId('coverage-matrix')).toBeTruthy();
    expect(within(section).getByTestId('rule-checks')).toBeTruthy();

    const suggestions = await screen.findByTestId('partner-suggestions');
    expect(within(suggestions).getByText('Fills the ITS gap')).toBeTruthy();
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Invite KT Smart Grid' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a firm' });
    expect(dialog.textContent).toContain('KT Smart Grid');
  });

  it('shows the coverage matrix and rule checks on the staff review page', async () => {
    setup(`/staff/review/${CONSORTIUM_ID}`, staff);
    const section = await screen.findByTestId('team-section');
    expect(within(section).getByTestId('coverage-matrix')).toBeTruthy();
    expect(within(section).getByTestId('rule-checks')).toBeTruthy();
  });
});
