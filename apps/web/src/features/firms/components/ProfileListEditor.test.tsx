import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NoticeProvider } from '../../../components/Notices';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { FirmSolution, FirmTrackRecord } from '../api/types';
import { firmAdmin, taxonomy } from '../test/fixtures';
import { SolutionsEditor } from './SolutionsEditor';
import { TrackRecordsEditor } from './TrackRecordsEditor';

const FIRM = 'f1';
const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

const signals: FirmSolution = {
  id: 's1',
  firmId: FIRM,
  name: 'Smart signals',
  description: 'Adaptive traffic lights',
  capabilityCodes: [],
  maturity: 'commercial',
  certifications: ['ISO 27001'],
  referenceSites: [{ country: 'VN', city: 'Hanoi', year: 2024 }],
  ...stamps,
};

const hanoi: FirmTrackRecord = {
  id: 'r1',
  firmId: FIRM,
  countryCode: 'VN',
  city: 'Hanoi',
  projectTitle: 'Hanoi ITS',
  year: 2024,
  role: null,
  contractValue: { amount: 1_250_000, currency: 'USD' },
  financingSource: null,
  ...stamps,
};

function setup(ui: ReactElement, routes: Parameters<typeof mockFetch>[0]) {
  const mock = mockFetch({ 'GET /api/taxonomy': () => json(200, taxonomy), ...routes });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', firmAdmin);
  renderWithProviders(<NoticeProvider>{ui}</NoticeProvider>);
  return mock;
}

const writes = (calls: Request[]) => calls.filter((c) => c.method !== 'GET');

describe('profile list editor (solutions, track records)', () => {
  it('shows the empty state and validates a new item before sending anything', async () => {
    const { calls } = setup(<SolutionsEditor firmId={FIRM} solutions={[]} />, {});
    expect(screen.getByText('No solutions yet. Add the products and services you offer.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Add solution' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a solution' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Solution name').value).toBe('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save solution' }));
    expect(await within(dialog).findByText('Enter a name.')).toBeTruthy();
    expect(writes(calls)).toHaveLength(0);
  });

  it('edits an item in the modal, starting from its values, and says it was saved', async () => {
    const { calls } = setup(<SolutionsEditor firmId={FIRM} solutions={[signals]} />, {
      [`PATCH /api/firms/${FIRM}/solutions/s1`]: () => json(200, { ...signals, name: 'Smart signals 2' }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Smart signals' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit solution' });
    const name = within(dialog).getByLabelText<HTMLInputElement>('Solution name');
    expect(name.value).toBe('Smart signals');
    fireEvent.change(name, { target: { value: 'Smart signals 2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save solution' }));

    expect(await screen.findByText('“Smart signals 2” was saved.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [patch] = writes(calls);
    expect(patch.method).toBe('PATCH');
    expect(await patch.json()).toMatchObject({
      name: 'Smart signals 2',
      maturity: 'commercial',
      certifications: ['ISO 27001'],
      referenceSites: [{ country: 'VN', city: 'Hanoi', year: 2024 }],
    });
  });

  it('deletes only after the confirmation', async () => {
    const { calls } = setup(<TrackRecordsEditor firmId={FIRM} records={[hanoi]} />, {
      [`DELETE /api/firms/${FIRM}/track-records/r1`]: () => new Response(null, { status: 204 }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Hanoi ITS' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete project' });
    expect(confirm.textContent).toContain('Delete “Hanoi ITS”? This cannot be undone.');
    expect(writes(calls)).toHaveLength(0);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('“Hanoi ITS” was deleted.')).toBeTruthy();
    expect(writes(calls).map((c) => c.method)).toEqual(['DELETE']);
  });

  it("puts the server's field errors on the form's fields, mapping its paths onto the form", async () => {
    setup(<TrackRecordsEditor firmId={FIRM} records={[hanoi]} />, {
      [`PATCH /api/firms/${FIRM}/track-records/r1`]: () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [{ field: 'contractValue.amount', message: 'Amount is above the limit' }],
        }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Hanoi ITS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit project' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save project' }));

    expect(await within(dialog).findByText('Amount is above the limit')).toBeTruthy();
    const amount = within(dialog).getByLabelText('Contract value (amount)');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    // Placed on its field, so no form-level alert; the modal stays open.
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
