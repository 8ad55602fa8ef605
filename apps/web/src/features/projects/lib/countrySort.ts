export type CountrySortKey = 'name' | 'projects' | 'open';
export type SortDirection = 'asc' | 'desc';

interface Row {
  code: string;
  name: string;
  projectCount: number;
  openCount: number;
}

/** Sorts country rows by name (locale-aware) or a count; ties by name. */
export function sortCountries<T extends Row>(
  rows: T[],
  key: CountrySortKey,
  direction: SortDirection,
  language: string,
): T[] {
  const collator = new Intl.Collator(language);
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const diff = key === 'projects' ? a.projectCount - b.projectCount : a.openCount - b.openCount;
    return diff !== 0 ? sign * diff : byName(a, b);
  });
}
