import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { detail } from '../features/consortia/test/fixtures';
import {
  feasibleSuggestions,
  firmMatchList,
  LG_CNS,
  PROJECT_ID,
  taxonomy,
} from '../features/matching/test/fixtures';
import { issykKulDetail } from '../features/projects/test/fixtures';
import type { User } from '../lib/api/types';
import { sessionStore } from '../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../test/render';
import { ProjectDetailRoute } from './ProjectDetailRoute';

const leadAdmin: User = {
  id: 'u-lg',
  email: 'large@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Park Jiho',
  role: 'firm_admin',
  firmId: LG_CNS,
  permissions: ['project:read', 'consortium:read-own', 'consortium:write-own'],
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

function setup() {
  const mock = mockFetch({
    [`GET /api/projects/${PROJECT_ID}`]: () => json(200, { ...issykKulDetail, id: PROJECT_ID }),
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/projects/${PROJECT_ID}/matches`]: () => json(200, firmMatchList),
    [`GET /api/projects/${PROJECT_ID}/consortium-suggestions`]: () => json(200, feasibleSuggestions),
    'POST /api/consortia': () => json(201, detail()),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', leadAdmin);
  renderWithProviders(
    <Routes>
      <Route path="/projects/:id" element={<ProjectDetailRoute />} />
      <Route path="/consortia/:id" element={<p>Consortium page</p>} />
    </Routes>,
    { route: `/projects/${PROJECT_ID}` },
  );
  return mock;
}

describe('project page composed with matching and consortia', () => {
  it('shows the matching firms, and a suggested team led by my firm starts a consortium for this project', async () => {
    const { calls } = setup();
    expect(await screen.findByTestId('matching-firms')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Suggest consortia' }));
    const card = await screen.findByTestId('consortium-card');
    const start = within(card).getByRole('button', { name: 'Start this consortium' });
    // Partners not yet on the platform need a contact e-mail before the team can be started.
    const emails = within(card).getAllByTestId('contact-email');
    expect(emails.length).toBeGreaterThan(0);
    expect((start as HTMLButtonElement).disabled).toBe(true);
    for (const [i, field] of emails.entries()) {
      const input = field.tagName === 'INPUT' ? field : field.querySelector('input')!;
      fireEvent.change(input, { target: { value: `contact${i}@firm.example` } });
    }
    fireEvent.click(start);

    expect(await screen.findByText('Consortium page')).toBeTruthy();
    const isCreate = (c: Request) => c.method === 'POST' && c.url.endsWith('/api/consortia');
    await waitFor(() => expect(calls.some(isCreate)).toBe(true));
    const body = (await calls.find(isCreate)!.json()) as {
      projectId: string;
      members: { contactEmail?: string }[];
    };
    expect(body.projectId).toBe(PROJECT_ID);
    expect(body.members.filter((m) => m.contactEmail).length).toBe(emails.length);
  });
});
