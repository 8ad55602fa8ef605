import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { taxonomy } from '../test/fixtures';
import { CapabilityPicker } from './CapabilityPicker';

function setup() {
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    'PUT /api/firms/f1/capabilities': async (req) => {
      const body = (await req.clone().json()) as { capabilities: { code: string; level: number }[] };
      return json(
        200,
        body.capabilities.map((c) => ({ ...c, note: null })),
      );
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <CapabilityPicker firmId="f1" capabilities={[{ code: 'energy.smart_metering', level: 3, note: null }]} />,
  );
  return mock;
}

const search = (value: string) =>
  fireEvent.change(screen.getByLabelText('Find a capability', { selector: 'input' }), { target: { value } });
const checkbox = (name: string) => screen.queryByRole('checkbox', { name: new RegExp(name) });

describe('CapabilityPicker', () => {
  it('filters capabilities by Korean and by English text', async () => {
    setup();
    expect(await screen.findByRole('checkbox', { name: /Adaptive traffic signal control/ })).toBeTruthy();
    expect(checkbox('Smart metering')).toBeTruthy();

    search('신호');
    expect(checkbox('Adaptive traffic signal control')).toBeTruthy();
    expect(checkbox('Smart metering')).toBeNull();
    expect(checkbox('Intelligent transport')).toBeNull();

    search('Traffic Signal');
    expect(checkbox('Adaptive traffic signal control')).toBeTruthy();
    expect(checkbox('Energy storage')).toBeNull();

    // A domain name in Korean keeps the whole domain.
    search('에너지');
    expect(checkbox('Smart metering')).toBeTruthy();
    expect(checkbox('Energy storage')).toBeTruthy();
    expect(checkbox('Adaptive traffic signal control')).toBeNull();

    search('nothing-like-this');
    expect(screen.getByText('No capability matches “nothing-like-this”.')).toBeTruthy();
  });

  it('PUTs the whole set with a level for each capability', async () => {
    const { calls } = setup();
    await screen.findByRole('checkbox', { name: /Adaptive traffic signal control/ });
    const save = screen.getByRole('button', { name: 'Save capabilities' });
    expect(save.hasAttribute('disabled')).toBe(true);

    search('신호');
    fireEvent.click(checkbox('Adaptive traffic signal control')!);
    const level = screen.getByRole('radiogroup', { name: 'Level for Adaptive traffic signal control' });
    fireEvent.click(within(level).getByRole('radio', { name: 'Leading' }));
    expect(screen.getByText('Selected: 2')).toBeTruthy();

    // Lower the existing capability to "Proven".
    search('');
    const metering = screen.getByRole('radiogroup', { name: 'Level for Smart metering (AMI)' });
    fireEvent.click(within(metering).getByRole('radio', { name: 'Proven' }));

    fireEvent.click(save);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/api/firms/f1/capabilities');
    expect(await put.json()).toEqual({
      capabilities: [
        { code: 'energy.smart_metering', level: 2 },
        { code: 'transport.traffic_signal', level: 3 },
      ],
    });
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(true));
  });

  it('unchecking removes a capability from the set', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Smart metering/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save capabilities' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(await calls.find((c) => c.method === 'PUT')!.json()).toEqual({ capabilities: [] });
  });
});
