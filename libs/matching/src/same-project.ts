import { normaliseText } from './capability-keywords';

/** One firm's record of a past project, as far as telling projects apart needs. */
export interface ProjectRecord {
  firmId: string;
  countryCode: string;
  city?: string | null;
  title?: string | null;
  year?: number | null;
}

/**
 * Two records are the same project when country, city and year agree (a missing city or year
 * agrees with any) and their titles are similar: IDF-weighted Jaccard of their words ≥ this.
 * Firms name one project differently ("Smart new town master plan and detailed design" /
 * "New-town design (Korea Consortium member)"), so words shared by few records weigh most.
 */
export const SAME_PROJECT_MIN_SIMILARITY = 0.25;

const STOP_WORDS = new Set(
  'a an and the of for with in on at to by from into its their our as via phase usd krw eur jpy'.split(' '),
);
const CITY_NOISE = new Set(['region', 'province', 'county', 'district', 'metropolitan', 'area', 'city']);

/** Distinct content words of a title (amounts and bare numbers dropped). */
export function titleTokens(title: string | null | undefined): string[] {
  const words = normaliseText(title ?? '')
    .trim()
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w) && !/^\d+([.,]\d+)?(m|bn|b|k)?$/.test(w));
  return [...new Set(words)];
}

/** "Dong Anh (Hanoi)" → "dong anh hanoi"; "Almaty region" → "almaty"; empty when unknown. */
export function normaliseCity(city: string | null | undefined): string {
  return normaliseText(city ?? '')
    .trim()
    .split(' ')
    .filter((w) => w && !CITY_NOISE.has(w))
    .join(' ');
}

/** IDF-weighted Jaccard similarity of two token lists. */
export function titleSimilarity(a: string[], b: string[], idf: (token: string) => number): number {
  if (!a.length || !b.length) return 0;
  const inB = new Set(b);
  let shared = 0;
  let all = 0;
  for (const t of a) {
    const w = idf(t);
    all += w;
    if (inB.has(t)) shared += w;
  }
  const inA = new Set(a);
  for (const t of b) if (!inA.has(t)) all += idf(t);
  return all ? shared / all : 0;
}

/**
 * Groups records into projects: the id of each record's project (records of one project share it).
 * Besides similar titles, all records at one place dated in one single year are one project (a
 * place with one burst of activity, e.g. eight firms at Dong Anh in 2017 describing their parts).
 */
export function clusterProjects(records: readonly ProjectRecord[]): number[] {
  const n = records.length;
  const tokens = records.map((r) => titleTokens(r.title));
  const df = new Map<string, number>();
  for (const ts of tokens) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const cities = records.map((r) => normaliseCity(r.city));
  // Years seen per place (country + city), for the one-burst rule.
  const placeYears = new Map<string, Set<number>>();
  records.forEach((r, i) => {
    if (!cities[i] || !r.year) return;
    const place = `${r.countryCode}|${cities[i]}`;
    const years = placeYears.get(place) ?? new Set<number>();
    years.add(r.year);
    placeYears.set(place, years);
  });

  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const byCountry = new Map<string, number[]>();
  records.forEach((r, i) => {
    const list = byCountry.get(r.countryCode) ?? [];
    list.push(i);
    byCountry.set(r.countryCode, list);
  });
  for (const list of byCountry.values()) {
    for (let x = 0; x < list.length; x++) {
      const i = list[x];
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y];
        if (cities[i] && cities[j] && cities[i] !== cities[j]) continue;
        const yi = records[i].year;
        const yj = records[j].year;
        if (yi && yj && yi !== yj) continue;
        const burst =
          !!cities[i] &&
          cities[i] === cities[j] &&
          !!yi &&
          yi === yj &&
          placeYears.get(`${records[i].countryCode}|${cities[i]}`)!.size === 1;
        if (burst || titleSimilarity(tokens[i], tokens[j], idf) >= SAME_PROJECT_MIN_SIMILARITY) {
          const a = find(i);
          const b = find(j);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  }
  return records.map((_, i) => find(i));
}
