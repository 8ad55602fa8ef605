import { refreshSession } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/errors';
import { sessionStore } from '../../../lib/auth/session';
import type { ImportField, ProjectImportResult } from './types';

/** The server's limit (5 MB); checked here too so a large file fails before it is sent. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export interface ImportOptions {
  dryRun: boolean;
  /** Column header → field (null: ignore the column); omitted columns keep the detected field. */
  mapping?: Record<string, ImportField | null>;
  /** Upload progress, 0–1 (large files take a while). */
  onProgress?: (fraction: number) => void;
}

function send(
  file: File,
  options: ImportOptions,
  token: string | null,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file);
    if (options.mapping) form.append('mapping', JSON.stringify(options.mapping));
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/projects/import?dryRun=${options.dryRun}`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && options.onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.send(form);
  });
}

/** `POST /api/projects/import` (multipart field `file`); a 401 refreshes the session once and retries. */
export async function uploadProjectsFile(file: File, options: ImportOptions): Promise<ProjectImportResult> {
  let res = await send(file, options, sessionStore.getAccessToken());
  if (res.status === 401) {
    const refreshed = await refreshSession();
    if (refreshed) res = await send(file, options, refreshed.accessToken);
  }
  if (res.status < 200 || res.status >= 300) throw new ApiError(res.status, res.body);
  return res.body as ProjectImportResult;
}
