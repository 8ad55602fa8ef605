import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../lib/api/types';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { issykKulDetail, taxonomy } from '../test/fixtures';
import { ProjectFormPage } from './ProjectFormPage';

const staff: User = {
  id: 'u-staff',
  email: 'staff@example.com',
  emailVerified: true,
  name: 'Park Staff',
  role: 'staff',
  firmId: null,
  permissions: ['project:read', 'project:write'],
  firm: null,
  locale: 'en',
  emailNotifications: true,
};

function renderEditor(route: string, routes: Parameters<typeof mockFetch>[0]) {
  const mock = mockFetch({ 'GET /api/taxonomy': () => json(200, taxonomy), ...routes });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', staff);
  renderWithProviders(
    <Routes>
      <Route path="/staff/projects/new" element={<ProjectFormPage />} />
      <Route path="/staff/projects/:id/edit" element={<ProjectFormPage />} />
      <Route path="/projects/:id" element={<p>detail page</p>} />
    </Routes>,
    { route },
  );
  return mock;
}

afterEach(() => sessionStore.clear());

describe('ProjectFormPage', () => {
  it('loads the project, sends the whole form with the version read, and opens the saved project', async () => {
    const { calls } = renderEditor(`/staff/projects/${issykKulDetail.id}/edit`, {
      [`GET /api/projects/${issykKulDetail.id}`]: () => json(200, issykKulDetail),
      [`PATCH /api/projects/${issykKulDetail.id}`]: () =>
        json(200, { ...issykKulDetail, title: 'Issyk-Kul master plan v2', version: 2 }),
    });
    const title = await screen.findByLabelText(/Title \(English\)/);
    expect((title as HTMLInputElement).value).toBe(issykKulDetail.title);
    expect(screen.getAllByTestId('requirement-row')).toHaveLength(3);
    fireEvent.change(title, { target: { value: 'Issyk-Kul master plan v2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove capability 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('detail page', {}, { timeout: 5000 })).toBeTruthy();
    const patch = calls.find((r) => r.method === 'PATCH')!;
    const body = (await patch.json()) as Record<string, unknown> & {
      requirements: { capabilities: unknown[]; teamRules: Record<string, unknown> };
    };
    expect(body.version).toBe(1);
    expect(body.title).toBe('Issyk-Kul master plan v2');
    expect(body.requirements.capabilities).toEqual([
      { code: 'planning.master_plan', weight: 3, mustHave: true },
      { code: 'tourism_culture.smart_tourism', weight: 3, mustHave: true },
    ]);
    expect(body.requirements.teamRules).toEqual({
      minSmeMembers: 1,
      maxMembers: 5,
      localPartnerRequired: true,
      leadCountryExperience: true,
    });
  });

  it('shows a stale-version conflict (409) with a reload that reads the stored project again', async () => {
    let reads = 0;
    renderEditor(`/staff/projects/${issykKulDetail.id}/edit`, {
      [`GET /api/projects/${issykKulDetail.id}`]: () => {
        reads += 1;
        return json(
          200,
          reads === 1 ? issykKulDetail : { ...issykKulDetail, title: 'Renamed elsewhere', version: 2 },
        );
      },
      [`PATCH /api/projects/${issykKulDetail.id}`]: () =>
        json(409, { statusCode: 409, error: 'Conflict', message: 'The project was changed by someone else' }),
    });
    const title = await screen.findByLabelText(/Title \(English\)/);
    fireEvent.change(title, { target: { value: 'My edit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Someone else saved this project')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the project' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>(/Title \(English\)/).value).toBe('Renamed elsewhere'),
    );
    expect(screen.queryByText('Someone else saved this project')).toBeNull();
  });

  it('validates before sending', async () => {
    const { calls } = renderEditor('/staff/projects/new', {});
    fireEvent.click(await screen.findByRole('button', { name: 'Create project' }));
    expect((await screen.findAllByText('This field is required.')).length).toBeGreaterThan(0);
    expect(screen.getByText('Choose a country.')).toBeTruthy();
    expect(screen.getByText('Choose at least one sector.')).toBeTruthy();
    expect(calls.some((r) => r.method === 'POST')).toBe(false);
  });

  it('places server field errors on the requirement rows', async () => {
    renderEditor(`/staff/projects/${issykKulDetail.id}/edit`, {
      [`GET /api/projects/${issykKulDetail.id}`]: () => json(200, issykKulDetail),
      [`PATCH /api/projects/${issykKulDetail.id}`]: () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Some fields are invalid',
          details: [{ field: 'requirements.capabilities[1].code', message: 'unknown capability code' }],
        }),
    });
    fireEvent.change(await screen.findByLabelText(/Title \(English\)/), { target: { value: 'Changed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const error = await screen.findByText('unknown capability code');
    expect(error.closest('[data-testid="requirement-row"]')).toBe(
      screen.getAllByTestId('requirement-row')[1],
    );
  });

  it('tells non-staff users the editor is staff-only', () => {
    const mock = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    sessionStore.setSession('token', { ...staff, role: 'firm_admin', permissions: ['project:read'] });
    renderWithProviders(
      <Routes>
        <Route path="/staff/projects/new" element={<ProjectFormPage />} />
      </Routes>,
      { route: '/staff/projects/new' },
    );
    expect(screen.getByText('Only staff can create and edit projects.')).toBeTruthy();
  });
});
