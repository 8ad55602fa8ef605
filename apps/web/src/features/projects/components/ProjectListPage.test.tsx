import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import i18n from '../../../lib/i18n';
import { LocationProbe } from '../../../test/LocationProbe';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { issykKul, projectList, taxonomy } from '../test/fixtures';
import { ProjectListPage } from './ProjectListPage';

function renderList(route = '/projects', list = (_req: Request) => json(200, projectList([issykKul]))) {
  const mock = mockFetch({ 'GET /api/projects': list, 'GET /api/taxonomy': () => json(200, taxonomy) });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <Routes>
      <Route
        path="/projects"
        element={
          <>
            <ProjectListPage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { route },
  );
  return mock;
}

const location = () => screen.getByTestId('location').textContent;
const projectCalls = (calls: Request[]) => calls.filter((c) => new URL(c.url).pathname === '/api/projects');

describe('ProjectListPage', () => {
  it('renders facet chips with their counts and toggles a filter through the URL', async () => {
    const { calls } = renderList();

    const program = await screen.findByRole('checkbox', { name: 'K-City Network 2022, 10 projects' });
    expect(screen.getByRole('checkbox', { name: 'KOTRA project pipeline, 15 projects' })).toBeTruthy();
    // Countries by name in the UI language, sectors/tracks/financing by taxonomy label, status from i18n.
    expect(screen.getByRole('checkbox', { name: 'Kyrgyzstan, 1 project' })).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: 'K-City Network grant, 10 projects' })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Master plan / feasibility study, 5 projects' }),
    ).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Announced, 5 projects' })).toBeTruthy();
    expect((program as HTMLInputElement).checked).toBe(false);

    fireEvent.click(program);
    await waitFor(() => expect(location()).toBe('/projects?program=K-City+Network+2022'));
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'K-City Network 2022, 10 projects' }).checked,
    ).toBe(true);
    await waitFor(() =>
      expect(new URL(projectCalls(calls).at(-1)!.url).searchParams.getAll('program')).toEqual([
        'K-City Network 2022',
      ]),
    );

    fireEvent.click(screen.getByRole('checkbox', { name: 'Kyrgyzstan, 1 project' }));
    await waitFor(() => expect(location()).toBe('/projects?program=K-City+Network+2022&country=KG'));

    // Clicking again removes it.
    fireEvent.click(screen.getByRole('checkbox', { name: 'K-City Network 2022, 10 projects' }));
    await waitFor(() => expect(location()).toBe('/projects?country=KG'));
  });

  it('shows a result card with title, place, program, status, budget text and requirement counts', async () => {
    renderList();
    const card = (await screen.findByRole('link', { name: issykKul.title })).closest('article')!;
    const c = within(card);
    expect(c.getByText(/Kyrgyzstan · Issyk-Kul/)).toBeTruthy();
    expect(c.getByText(/K-City Network 2022/)).toBeTruthy();
    expect(c.getByText('Announced')).toBeTruthy();
    expect(c.getByText('KRW 300-500 million per project')).toBeTruthy();
    expect(c.getByText('3 required capabilities')).toBeTruthy();
    expect(c.getByText('2 must-have')).toBeTruthy();
    expect(screen.getByTestId('catalog-total').textContent).toBe('1 project');
  });

  it('uses the Korean title and Korean labels when Korean is on', async () => {
    await i18n.changeLanguage('ko');
    renderList('/projects', () => json(200, projectList([issykKul], { total: 345 })));
    expect(await screen.findByRole('link', { name: issykKul.titleKo! })).toBeTruthy();
    expect(screen.getByTestId('catalog-total').textContent).toBe('프로젝트 345건');
    expect(screen.getByRole('checkbox', { name: '키르기스스탄, 프로젝트 1건' })).toBeTruthy();
  });

  it('shows the empty state when nothing matches, and clears the filters', async () => {
    renderList('/projects?q=zzz&country=KG&sort=title', () => json(200, projectList([], { total: 0 })));
    expect(await screen.findByRole('heading', { name: 'No projects match' })).toBeTruthy();
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search projects' });
    expect(box.value).toBe('zzz');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(location()).toBe('/projects?sort=title'));
    // The box follows the URL when it changes from elsewhere.
    expect(box.value).toBe('');
  });

  it('shows an error with a retry button when the list fails', async () => {
    let fail = true;
    renderList('/projects', () =>
      fail
        ? json(500, { statusCode: 500, error: 'Internal Server Error', message: 'boom' })
        : json(200, projectList([issykKul])),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the projects.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: issykKul.title })).toBeTruthy();
  });

  it('submits the search word to the URL after a pause', async () => {
    renderList();
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search projects' }), {
      target: { value: 'Issyk-Kul' },
    });
    await waitFor(() => expect(location()).toBe('/projects?q=Issyk-Kul'), { timeout: 2000 });
  });

  it('keeps what the user is typing when a pause commits the trimmed word', async () => {
    renderList();
    const box = await screen.findByRole<HTMLInputElement>('searchbox', { name: 'Search projects' });
    fireEvent.change(box, { target: { value: 'smart ' } });
    await waitFor(() => expect(location()).toBe('/projects?q=smart'), { timeout: 2000 });
    expect(box.value).toBe('smart ');
    fireEvent.change(box, { target: { value: 'smart city' } });
    await waitFor(() => expect(location()).toBe('/projects?q=smart+city'), { timeout: 2000 });
  });

  it('downloads the CSV with the current filters and the bearer token, saved from a Blob URL', async () => {
    sessionStore.setSession('token-1', {
      id: 'u1',
      email: 'a@b.co',
      emailVerified: true,
      locale: 'ko' as const,
      emailNotifications: true,
      name: 'A',
      role: 'firm_admin',
      firmId: null,
      permissions: [],
      firm: null,
    });
    const { fetch, calls } = mockFetch({
      'GET /api/projects': () => json(200, projectList([issykKul])),
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/projects/export.csv': () =>
        new Response('\uFEFFid,title\n1,x\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="projects.csv"',
          },
        }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:csv');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithProviders(
      <Routes>
        <Route path="/projects" element={<ProjectListPage />} />
      </Routes>,
      { route: '/projects?country=KG&program=K-City+Network+2022&page=2' },
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const csvCall = calls.find((c) => new URL(c.url).pathname === '/api/projects/export.csv')!;
    expect(csvCall.headers.get('Authorization')).toBe('Bearer token-1');
    const params = new URL(csvCall.url).searchParams;
    expect(params.getAll('country')).toEqual(['KG']);
    expect(params.getAll('program')).toEqual(['K-City Network 2022']);
    expect(params.has('page')).toBe(false);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });
});
