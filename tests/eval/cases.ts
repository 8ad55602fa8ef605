import { corporateGroups, realFirms, realProjects, syntheticFirms, type DemoFirm } from '@app/demo-data';
import {
  clusterProjects,
  normaliseCity,
  programsIn,
  titleSimilarity,
  titleTokens,
  type CorporateGroup,
  type MatchFirmInput,
  type MatchProjectInput,
} from '@app/matching';
import { financingInText, projectFromText } from './project-text';

/**
 * The evaluation's cases: every past project that two or more real firms' track records name (the
 * same project found by `clusterProjects`, as the collaboration graph finds it). README.md
 * (libs/matching) documents the protocol.
 */

export interface EvalFirm extends MatchFirmInput {
  isSample: boolean;
}

export interface EvalCase {
  id: string;
  countryCode: string;
  city: string | null;
  year: number | null;
  /** The record titles, lead's first. */
  titles: string[];
  lead: string;
  /** Why that firm is taken as the lead. */
  leadRule: 'title_says_lead' | 'lead_role' | 'largest';
  partners: string[];
  /** Record positions (firm id, index in its track records) to remove when blinding. */
  records: { firmId: string; index: number }[];
  /** The listed project the case matches, if any (its description and financing are used). */
  listedProjectId: string | null;
  project: MatchProjectInput;
}

export function toEvalFirm(f: DemoFirm, group: string | null): EvalFirm {
  return {
    id: f.sourceRef,
    name: f.name,
    nameKo: f.nameKo,
    size: f.size,
    homeCountry: f.homeCountry,
    ladderStage: f.ladderStage,
    roles: f.roles,
    capabilities: f.capabilities,
    solutions: [],
    trackRecords: f.trackRecords.map((t) => ({
      countryCode: t.countryCode,
      city: t.city,
      title: t.projectTitle,
      year: t.year,
      role: t.role ?? null,
    })),
    // The demo seeds every firm, real or sample, as verified.
    verified: true,
    corporateGroup: group,
    isSample: f.isSample,
  };
}

export interface EvalData {
  real: EvalFirm[];
  samples: EvalFirm[];
  groups: CorporateGroup[];
  cases: EvalCase[];
}

const SIZE_ORDER = ['public', 'large', 'mid', 'research', 'sme', 'startup'];
const SAYS_LEAD = /\blead\b|\bleader\b|주관/i;

/**
 * The lead of a case: the member whose record says it led; else a member that names `lead` among
 * its roles; else the biggest (public corporation, large, mid …). Ties: Korean first, then the
 * order of firms.json.
 */
function identifyLead(members: { firm: EvalFirm; title: string; order: number }[]): {
  lead: string;
  rule: EvalCase['leadRule'];
} {
  const byTitle = members.filter((m) => SAYS_LEAD.test(m.title));
  if (byTitle.length) return { lead: byTitle[0].firm.id, rule: 'title_says_lead' };
  const rank = (m: (typeof members)[number]) => [
    SIZE_ORDER.indexOf(m.firm.size),
    m.firm.homeCountry === 'KR' ? 0 : 1,
    m.order,
  ];
  const sorted = (list: typeof members) =>
    [...list].sort((a, b) => {
      const x = rank(a);
      const y = rank(b);
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  const withRole = members.filter((m) => m.firm.roles.includes('lead'));
  if (withRole.length) return { lead: sorted(withRole)[0].firm.id, rule: 'lead_role' };
  return { lead: sorted(members)[0].firm.id, rule: 'largest' };
}

export function loadEvalData(): EvalData {
  const groupFile = corporateGroups();
  const groupOf = new Map(groupFile.members.map((m) => [m.firm, m.group]));
  const groups = Object.entries(groupFile.groups).map(([key, name]) => ({ key, name }));
  const real = realFirms().map((f) => toEvalFirm(f, groupOf.get(f.sourceRef) ?? null));
  const samples = syntheticFirms().map((f) => toEvalFirm(f, null));
  return { real, samples, groups, cases: findCases(real) };
}

function findCases(real: EvalFirm[]): EvalCase[] {
  const records = real.flatMap((f, order) =>
    f.trackRecords.map((t, index) => ({
      firmId: f.id,
      index,
      order,
      countryCode: t.countryCode,
      city: t.city ?? null,
      title: t.title ?? '',
      year: t.year ?? null,
    })),
  );
  const cluster = clusterProjects(records);
  const byCluster = new Map<number, typeof records>();
  records.forEach((r, i) => {
    const list = byCluster.get(cluster[i]) ?? [];
    list.push(r);
    byCluster.set(cluster[i], list);
  });
  const firmById = new Map(real.map((f) => [f.id, f]));
  const listed = realProjects();
  const cases: EvalCase[] = [];
  for (const list of byCluster.values()) {
    const firmIds = [...new Set(list.map((r) => r.firmId))];
    if (firmIds.length < 2) continue;
    const members = firmIds.map((id) => {
      const r = list.find((x) => x.firmId === id)!;
      return { firm: firmById.get(id)!, title: r.title, order: r.order };
    });
    const { lead, rule } = identifyLead(members);
    const leadTitle = members.find((m) => m.firm.id === lead)!.title;
    const titles = [leadTitle, ...new Set(list.map((r) => r.title).filter((t) => t !== leadTitle))];
    const countryCode = list[0].countryCode;
    const city = list.find((r) => r.city)?.city ?? null;
    const year = Math.max(0, ...list.map((r) => r.year ?? 0)) || null;
    const match = listedProject(listed, countryCode, city, titles);
    const text = titles.join('; ');
    const id = `${countryCode}-${normaliseCity(city) || 'national'}-${year ?? 'undated'}-${lead}`.replace(
      / /g,
      '-',
    );
    const project = projectFromText({
      id,
      title: leadTitle,
      // The listed project's description when there is one, else the scope the records describe.
      description: match?.description ?? titles.slice(1).join('; '),
      countryCode,
      city,
      financing: match ? match.financing : financingInText(text),
      program: match?.program ?? programsIn(text)[0] ?? null,
      client: match?.client ?? null,
    });
    cases.push({
      id,
      countryCode,
      city,
      year,
      titles,
      lead,
      leadRule: rule,
      partners: firmIds.filter((f) => f !== lead),
      records: list.map((r) => ({ firmId: r.firmId, index: r.index })),
      listedProjectId: match?.id ?? null,
      project,
    });
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The listed project (projects.json) a case is about: same country, compatible city, and a title
 * as similar as two records of one project must be. Its description, financing and program are
 * what staff would know; its analyst-set requirements are not used.
 */
function listedProject(
  listed: ReturnType<typeof realProjects>,
  countryCode: string,
  city: string | null,
  titles: string[],
) {
  const candidates = listed.filter((p) => p.countryCode === countryCode);
  const corpus = [...titles, ...candidates.map((p) => p.title)].map(titleTokens);
  const df = new Map<string, number>();
  for (const ts of corpus) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + corpus.length / (df.get(t) ?? 1));
  const place = normaliseCity(city);
  let best: { p: (typeof listed)[number]; sim: number } | null = null;
  for (const p of candidates) {
    const other = normaliseCity(p.city);
    if (place && other && !other.includes(place) && !place.includes(other)) continue;
    const sim = Math.max(...titles.map((t) => titleSimilarity(titleTokens(t), titleTokens(p.title), idf)));
    if (sim >= 0.25 && (!best || sim > best.sim)) best = { p, sim };
  }
  return best?.p ?? null;
}

/** The firms with a case's track records removed: nothing of that project is left to find. */
export function blind(firms: EvalFirm[], c: EvalCase): EvalFirm[] {
  const drop = new Map<string, Set<number>>();
  for (const r of c.records) drop.set(r.firmId, (drop.get(r.firmId) ?? new Set()).add(r.index));
  return firms.map((f) => {
    const gone = drop.get(f.id);
    return gone ? { ...f, trackRecords: f.trackRecords.filter((_, i) => !gone.has(i)) } : f;
  });
}
