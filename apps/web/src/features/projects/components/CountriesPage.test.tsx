import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocationProbe } from '../../../test/LocationProbe';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { countries, taxonomy } from '../test/fixtures';
import { CountriesPage } from './CountriesPage';

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('CountriesPage', () => {
  it('lists countries by project count with links to the filtered project list, and sorts by name', async () => {
    const mock = mockFetch({
      'GET /api/countries': () => json(200, countries),
      'GET /api/taxonomy': () => json(200, taxonomy),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    renderWithProviders(<CountriesPage />, { route: '/countries' });

    await screen.findByRole('table');
    expect(rowNames()).toEqual(['Spain', 'Vietnam', 'Kyrgyzstan']);
    expect(screen.getByRole('link', { name: 'View 1 project in Kyrgyzstan' }).getAttribute('href')).toBe(
      '/projects?country=KG',
    );

    fireEvent.click(screen.getByRole('button', { name: /^Country/ }));
    expect(rowNames()).toEqual(['Kyrgyzstan', 'Spain', 'Vietnam']);
    expect(screen.getByRole('columnheader', { name: /^Country/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    fireEvent.click(screen.getByRole('button', { name: /^Country/ }));
    expect(rowNames()).toEqual(['Vietnam', 'Spain', 'Kyrgyzstan']);
  });

  it('draws the world map (lazy), marks countries with open projects and filters the list on click', async () => {
    const mock = mockFetch({
      'GET /api/countries': () => json(200, countries),
      'GET /api/taxonomy': () => json(200, taxonomy),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    renderWithProviders(
      <>
        <CountriesPage />
        <LocationProbe />
      </>,
      { route: '/countries' },
    );
    const map = await screen.findByTestId('world-map', {}, { timeout: 5000 });
    const drawn = [...map.querySelectorAll('[data-country]')];
    expect(drawn.map((p) => p.getAttribute('data-country')).sort()).toEqual(['ES', 'KG', 'VN']);
    for (const c of countries) {
      const shape = map.querySelector(`[data-country="${c.code}"]`)!;
      expect(shape.getAttribute('data-open')).toBe(String(c.openCount > 0));
    }
    const vietnam = within(map).getByRole('link', { name: /^Vietnam: / });
    fireEvent.click(vietnam);
    expect(screen.getByTestId('location').textContent).toBe('/projects?country=VN');
  });

  it('shows an error with a retry button', async () => {
    const mock = mockFetch({
      'GET /api/countries': () => json(503, { statusCode: 503, error: 'x', message: 'down' }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    renderWithProviders(<CountriesPage />, { route: '/countries' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the countries.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
