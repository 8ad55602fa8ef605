import { ApiError } from './api/errors';

/** A downloaded file: its content and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * Turns an openapi-fetch result fetched with `parseAs: 'blob'` into a file (throwing an
 * {@link ApiError} for a failed response). File downloads go through the API client rather than a
 * plain link so the bearer token and the refresh-on-401 retry apply.
 */
export function toDownloadedFile(
  result: { data?: Blob; error?: unknown; response: Response },
  fallbackName: string,
): DownloadedFile {
  const { data, error, response } = result;
  if (!response.ok || !data) throw new ApiError(response.status, error);
  const blob = data.type ? data : new Blob([data], { type: 'text/csv' });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  return { blob, filename };
}

/** Saves a Blob as a file via a temporary object URL. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
