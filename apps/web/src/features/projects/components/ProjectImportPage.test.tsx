import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../lib/api/types';
import { sessionStore } from '../../../lib/auth/session';
import { renderWithProviders } from '../../../test/render';
import type { ProjectImportResult } from '../api/types';
import { ProjectImportPage } from './ProjectImportPage';

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

const preview = (overrides: Partial<ProjectImportResult> = {}): ProjectImportResult => ({
  dryRun: true,
  format: 'csv',
  columns: [
    { header: 'title', field: 'title' },
    { header: 'Nation', field: null },
  ],
  fields: ['title', 'countryCode', 'track', 'sectors'],
  total: 3,
  valid: 1,
  duplicates: 1,
  invalid: 1,
  inserted: 0,
  rows: [
    { row: 2, status: 'valid', title: 'Good', countryCode: 'VN', duplicateOf: null },
    { row: 3, status: 'duplicate', title: 'Again', countryCode: 'VN', duplicateOf: 'row 2' },
    { row: 4, status: 'invalid', title: 'Bad', countryCode: null, duplicateOf: null },
  ],
  errors: [{ row: 4, field: 'Nation', message: 'countryCode must be a two-letter ISO country code' }],
  ...overrides,
});

interface Sent {
  url: string;
  form: FormData;
  headers: Record<string, string>;
}

/** XMLHttpRequest stand-in: records each upload and answers from `respond`. */
function stubXhr(respond: (sent: Sent) => { status: number; body: unknown }) {
  const sent: Sent[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: {
      onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
    } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(k: string, v: string) {
      this.headers[k] = v;
    }
    send(form: FormData) {
      const entry = { url: this.url, form, headers: this.headers };
      sent.push(entry);
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
        const answer = respond(entry);
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

function chooseFile(name = 'projects.csv', size = 20) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(['x'.repeat(size)], name, { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

afterEach(() => {
  sessionStore.clear();
  vi.unstubAllGlobals();
});

describe('ProjectImportPage', () => {
  it('previews the file with row errors and keeps the import disabled while a row is invalid', async () => {
    const sent = stubXhr(() => ({ status: 200, body: preview() }));
    sessionStore.setSession('token', staff);
    renderWithProviders(<ProjectImportPage />);
    chooseFile();
    expect(
      await screen.findByText(/countryCode must be a two-letter ISO country code/, {}, { timeout: 3000 }),
    ).toBeTruthy();
    expect(sent[0].url).toBe('/api/projects/import?dryRun=true');
    expect(sent[0].headers.Authorization).toBe('Bearer token');
    expect((sent[0].form.get('file') as File).name).toBe('projects.csv');
    const rows = screen.getAllByTestId('import-row');
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['valid', 'duplicate', 'invalid']);
    expect(within(rows[1]).getByText('Already present (row 2)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 1 project' }).hasAttribute('disabled')).toBe(true);
  });

  it('re-checks with the chosen mapping and imports after confirmation', async () => {
    const sent = stubXhr((s) =>
      s.url.endsWith('dryRun=true')
        ? { status: 200, body: preview(s.form.get('mapping') ? { invalid: 0, errors: [], rows: [] } : {}) }
        : { status: 200, body: preview({ dryRun: false, invalid: 0, errors: [], inserted: 1 }) },
    );
    sessionStore.setSession('token', staff);
    renderWithProviders(<ProjectImportPage />);
    chooseFile();
    await screen.findByText('Check again with this mapping', {}, { timeout: 3000 });
    fireEvent.click(screen.getByLabelText('Nation', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Country code' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check again with this mapping' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(JSON.parse(sent[1].form.get('mapping') as string)).toEqual({ Nation: 'countryCode' });
    const submit = await screen.findByRole('button', { name: 'Import 1 project' });
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    fireEvent.click(submit);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 1 project' }));
    expect(await screen.findByText('1 project was added.', {}, { timeout: 3000 })).toBeTruthy();
    expect(sent[2].url).toBe('/api/projects/import?dryRun=false');
  });

  it('refuses a file over 5 MB before uploading it', () => {
    const sent = stubXhr(() => ({ status: 200, body: preview() }));
    sessionStore.setSession('token', staff);
    renderWithProviders(<ProjectImportPage />);
    chooseFile('big.csv', 5 * 1024 * 1024 + 1);
    expect(screen.getByText('The file is larger than 5 MB. Split it into smaller files.')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });
});
