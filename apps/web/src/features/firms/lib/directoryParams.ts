/** The directory's filters live in the URL (`/firms?q=…&size=sme&capability=a&capability=b&page=2`). */
export const DIRECTORY_PAGE_SIZE = 20;

export interface DirectoryFilters {
  q: string;
  size: string | null;
  type: string | null;
  capability: string[];
  country: string | null;
  ladderStage: string | null;
  hideSamples: boolean;
  onlyOnPlatform: boolean;
  page: number;
}

export const EMPTY_FILTERS: DirectoryFilters = {
  q: '',
  size: null,
  type: null,
  capability: [],
  country: null,
  ladderStage: null,
  // Sample (synthetic) firms are hidden unless the visible toggle shows them (`samples=1`).
  hideSamples: true,
  onlyOnPlatform: false,
  page: 1,
};

export function readFilters(params: URLSearchParams): DirectoryFilters {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    size: params.get('size') || null,
    type: params.get('type') || null,
    capability: params.getAll('capability').filter(Boolean),
    country: params.get('country') || null,
    ladderStage: params.get('ladderStage') || null,
    hideSamples: params.get('samples') !== '1',
    onlyOnPlatform: params.get('onPlatform') === '1',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Only non-default values are written, so a clean directory is just `/firms`. */
export function writeFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.size) params.set('size', filters.size);
  if (filters.type) params.set('type', filters.type);
  for (const code of filters.capability) params.append('capability', code);
  if (filters.country) params.set('country', filters.country);
  if (filters.ladderStage) params.set('ladderStage', filters.ladderStage);
  if (!filters.hideSamples) params.set('samples', '1');
  if (filters.onlyOnPlatform) params.set('onPlatform', '1');
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return writeFilters({ ...filters, page: 1 }).toString() !== '';
}
