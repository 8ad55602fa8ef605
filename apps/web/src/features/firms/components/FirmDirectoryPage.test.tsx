import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { listItem, listPage, taxonomy } from '../test/fixtures';
import { FirmDirectoryPage } from './FirmDirectoryPage';

const sample = listItem({
  id: 'f-sample',
  name: 'Areum Energy (sample)',
  nameKo: '아름에너지 (샘플)',
  isSample: true,
});
const real = listItem();

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function setup(route = '/firms') {
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    'GET /api/firms': () => json(200, listPage([sample, real], 45)),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <Routes>
      <Route
        path="/firms"
        element={
          <>
            <FirmDirectoryPage />
            <Location />
          </>
        }
      />
    </Routes>,
    { route },
  );
  return mock;
}

const card = (name: string) => screen.getByText(name).closest('[data-testid="firm-result"]') as HTMLElement;

describe('FirmDirectoryPage', () => {
  it('labels sample firms with the sample badge, and only them', async () => {
    setup();
    await screen.findByText('Areum Energy (sample)');
    expect(within(card('Areum Energy (sample)')).getByText('Sample data')).toBeTruthy();
    expect(within(card('DSPOne')).queryByText('Sample data')).toBeNull();
    expect(screen.getAllByTestId('sample-badge')).toHaveLength(1);
    // Capability codes become taxonomy labels; total and ladder stage are shown.
    expect(await within(card('DSPOne')).findByText('Smart metering (AMI)')).toBeTruthy();
    expect(within(card('DSPOne')).getByText('Stage B2')).toBeTruthy();
    expect(screen.getByText('Firms found: 45')).toBeTruthy();
  });

  it('shows the Korean badge text in Korean', async () => {
    const { default: i18n } = await import('../../../lib/i18n');
    await i18n.changeLanguage('ko');
    setup();
    expect(await screen.findByText('샘플 데이터')).toBeTruthy();
    expect(screen.getByText('아름에너지 (샘플)')).toBeTruthy();
  });

  it('reads filters from the URL, sends them to the API and writes changes back', async () => {
    const { calls } = setup('/firms?q=%EC%8B%A0%ED%98%B8&size=sme&page=2');
    await screen.findByText('DSPOne');
    const query = new URL(calls.find((c) => new URL(c.url).pathname === '/api/firms')!.url).searchParams;
    expect(query.get('q')).toBe('신호');
    expect(query.getAll('size')).toEqual(['sme']);
    expect(query.get('sample')).toBe('false');
    expect(query.get('page')).toBe('2');

    fireEvent.click(screen.getByRole('switch', { name: 'Hide sample firms' }));
    expect(screen.getByTestId('location').textContent).toBe('/firms?q=%EC%8B%A0%ED%98%B8&size=sme&samples=1');
  });
});
