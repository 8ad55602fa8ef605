import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import i18n from '../lib/i18n';
import { PageTitle, pageTitleKey } from './PageTitle';

describe('PageTitle', () => {
  it('names every page of the route table', () => {
    expect(pageTitleKey('/projects')).toBe('projects');
    expect(pageTitleKey('/projects/3f0c1a5e-4b7d-4c1e-9a51-0f7e2c1d9b10')).toBe('project');
    expect(pageTitleKey('/firms/abc/edit')).toBe('editFirm');
    expect(pageTitleKey('/staff/projects/import')).toBe('importProjects');
    expect(pageTitleKey('/staff/projects/abc/edit')).toBe('editProject');
    expect(pageTitleKey('/nowhere')).toBeNull();
  });

  it('sets document.title in the current language', async () => {
    await i18n.changeLanguage('ko');
    const { unmount } = render(
      <MemoryRouter initialEntries={['/staff/projects/import']}>
        <PageTitle />
      </MemoryRouter>,
    );
    expect(document.title).toBe('프로젝트 가져오기 · Consortium Match');
    unmount();
    await i18n.changeLanguage('en');
    render(
      <MemoryRouter initialEntries={['/countries']}>
        <PageTitle />
      </MemoryRouter>,
    );
    expect(document.title).toBe('Countries · Consortium Match');
  });
});
