import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { ProjectMatchList } from '../api/types';
import { LG_CNS, PROJECT_ID, projectMatches, taxonomy } from '../test/fixtures';
import { ProjectsForYouSection } from './ProjectsForYouSection';

function renderSection(answer: () => Response) {
  const mock = mockFetch({
    [`GET /api/firms/${LG_CNS}/project-matches`]: answer,
    'GET /api/taxonomy': () => json(200, taxonomy),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(<ProjectsForYouSection firmId={LG_CNS} />);
  return mock;
}

const unverified: ProjectMatchList = projectMatches({
  items: [],
  note: {
    code: 'firm_not_verified',
    en: 'Your firm is not verified yet: matches appear once staff verify it.',
    ko: '기업 인증 후 추천이 표시됩니다.',
  },
});

describe('ProjectsForYouSection', () => {
  it('shows the top projects as cards with a score bar, reasons and a link', async () => {
    const mock = renderSection(() => json(200, projectMatches()));
    const card = await screen.findByTestId('project-match-card');
    expect(within(card).getByRole('link').getAttribute('href')).toBe(`/projects/${PROJECT_ID}`);
    expect(within(card).getByRole('progressbar', { name: 'Fit score 69.7 out of 100' })).toBeTruthy();
    expect(within(card).getByText('Covers 2 of 3 required capabilities')).toBeTruthy();
    expect(within(card).getByText('Madiun, Indonesia · K-City Network 2022')).toBeTruthy();
    expect(
      new URL(mock.calls.find((r) => r.url.includes('project-matches'))!.url).searchParams.get('limit'),
    ).toBe('5');
  });

  it('shows the note for a firm that is not verified yet (Korean) instead of a blank panel', async () => {
    await i18n.changeLanguage('ko');
    renderSection(() => json(200, unverified));
    const note = await screen.findByTestId('match-note');
    expect(note.textContent).toContain('기업 인증 후 추천이 표시됩니다.');
    expect(screen.getByRole('heading', { name: '추천 프로젝트' })).toBeTruthy();
    expect(screen.queryByTestId('project-match-card')).toBeNull();
  });

  it('says what to do when nothing fits, and offers a retry on errors', async () => {
    renderSection(() => json(200, projectMatches({ items: [] })));
    expect(await screen.findByTestId('projects-for-you-empty')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Complete your firm profile' }).getAttribute('href')).toBe(
      `/firms/${LG_CNS}/edit`,
    );
  });

  it('offers a retry when the request fails', async () => {
    renderSection(() => json(500, { statusCode: 500, error: 'Internal', message: 'boom' }));
    expect(await screen.findByText('Could not load your project matches.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
