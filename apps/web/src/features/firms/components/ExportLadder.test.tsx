import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { taxonomy } from '../test/fixtures';
import { ExportLadder } from './ExportLadder';

describe('ExportLadder', () => {
  it('shows 12 steps in 3 stages and highlights the current one', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/taxonomy': () => json(200, taxonomy) }).fetch));
    const { container } = renderWithProviders(<ExportLadder current="B2" />);

    expect(container.querySelectorAll('[data-stage]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-step]')).toHaveLength(12);
    const current = container.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute('data-step')).toBe('B2');
    expect(current[0].closest('[data-stage]')?.getAttribute('data-stage')).toBe('2');
    // Labels come from the taxonomy.
    expect(await screen.findByText('Pilot execution')).toBeTruthy();
    expect(container.querySelector('[data-step="A4"]')?.getAttribute('data-state')).toBe('done');
    expect(container.querySelector('[data-step="C1"]')?.getAttribute('data-state')).toBe('ahead');
  });

  it('says so when the stage is not set', () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/taxonomy': () => json(200, taxonomy) }).fetch));
    const { container } = renderWithProviders(<ExportLadder current={null} />);
    expect(screen.getByText('This firm has not set its export-ladder stage yet.')).toBeTruthy();
    expect(container.querySelectorAll('[aria-current="step"]')).toHaveLength(0);
  });
});
