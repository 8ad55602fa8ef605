import { financierLabel, financiersIn } from './financing-rules';
import { clusterProjects, normaliseCity } from './same-project';
import type { Label, TrackRecordInput } from './types';

/** Who has worked with whom: the relational evidence of README.md, built from plain records. */

export type RelationKind =
  'shared_project' | 'platform_consortium' | 'corporate_group' | 'same_client' | 'same_financier';

export interface Relation {
  kind: RelationKind;
  /** What this relation adds to the pair's affinity: base weight × recency (0–1). */
  weight: number;
  year: number | null;
  /** The project (or consortium's project) to cite. */
  title: string | null;
  city: string | null;
  countryCode: string | null;
  /** Platform consortium: its status, and outcome when decided. */
  status?: string;
  /** Corporate group, client or financier key, with a label to cite. */
  key?: string;
  name?: Label;
}

export interface Link {
  /** 0–1: 1 − Π(1 − weight) over the relations. */
  affinity: number;
  /** Strongest first. */
  relations: Relation[];
}

export interface GraphFirm {
  id: string;
  corporateGroup?: string | null;
  trackRecords: TrackRecordInput[];
}

/** A consortium formed on the platform: its members' seats as they stand. */
export interface PlatformConsortium {
  id: string;
  /** draft | inviting | ready | submitted | under_review | changes_requested | approved | rejected | withdrawn */
  status: string;
  /** selected | contract_signed | not_selected, once known. */
  outcome?: string | null;
  year: number | null;
  projectTitle?: string | null;
  countryCode?: string | null;
  city?: string | null;
  client?: string | null;
  /** Member seats; only `accepted` ones (the lead's included) count. */
  members: { firmId: string; status: string }[];
}

export interface CorporateGroup {
  key: string;
  name: Label;
}

export interface CollaborationGraphInput {
  firms: Iterable<GraphFirm>;
  consortia?: PlatformConsortium[];
  groups?: CorporateGroup[];
  /** The year recency is measured from. */
  asOfYear: number;
}

/** Base weight of each relation (README.md). */
export const RELATION_WEIGHTS = {
  sharedProject: 0.8,
  /** Platform consortia by how far they got. */
  consortium: { won: 1, approved: 0.9, submitted: 0.7, rejected: 0.6, forming: 0.5, withdrawn: 0.3 },
  corporateGroup: 0.6,
  sameClient: 0.3,
  sameFinancier: 0.2,
} as const;
/** A tie is half as strong after this many years. */
export const RECENCY_HALF_LIFE_YEARS = 10;
/** Recency factor of an undated record. */
export const UNDATED_RECENCY = 0.5;
/** A client or financier shared by more firms than this says nothing about any pair of them. */
export const MAX_SHARED_GROUP = 30;

export function recency(year: number | null | undefined, asOfYear: number): number {
  if (!year) return UNDATED_RECENCY;
  return Math.pow(0.5, Math.max(0, asOfYear - year) / RECENCY_HALF_LIFE_YEARS);
}

function consortiumWeight(c: PlatformConsortium): number {
  const w = RELATION_WEIGHTS.consortium;
  if (c.outcome === 'selected' || c.outcome === 'contract_signed') return w.won;
  switch (c.status) {
    case 'approved':
      return w.approved;
    case 'submitted':
    case 'under_review':
    case 'changes_requested':
      return w.submitted;
    case 'rejected':
      return w.rejected;
    case 'withdrawn':
      return w.withdrawn;
    default:
      return w.forming;
  }
}

const EMPTY_LINKS: ReadonlyMap<string, Link> = new Map();

/** An immutable weighted graph of firms. Build it with `buildCollaborationGraph`; pass it to the engine. */
export class CollaborationGraph {
  private constructor(private readonly adjacency: Map<string, Map<string, Link>>) {}

  static empty(): CollaborationGraph {
    return new CollaborationGraph(new Map());
  }

  /** @internal Used by the builder. */
  static fromAdjacency(adjacency: Map<string, Map<string, Link>>): CollaborationGraph {
    return new CollaborationGraph(adjacency);
  }

  neighbours(firmId: string): ReadonlyMap<string, Link> {
    return this.adjacency.get(firmId) ?? EMPTY_LINKS;
  }

  affinity(a: string, b: string): number {
    return this.adjacency.get(a)?.get(b)?.affinity ?? 0;
  }

  relations(a: string, b: string): readonly Relation[] {
    return this.adjacency.get(a)?.get(b)?.relations ?? [];
  }

  /** Number of linked pairs. */
  get edgeCount(): number {
    let n = 0;
    for (const links of this.adjacency.values()) n += links.size;
    return n / 2;
  }
}

/** Per pair, one relation per project, consortium, group, client or financier (the strongest). */
type Pending = Map<string, Relation>;

/**
 * Builds the graph from plain records: firms sharing a past project (their track records name the
 * same project, see `clusterProjects`), platform consortia (accepted members), corporate groups, and
 * the same client or financier. Pure: the API builds the input from the database.
 */
export function buildCollaborationGraph(input: CollaborationGraphInput): CollaborationGraph {
  const pairs = new Map<string, Map<string, Pending>>();
  const add = (a: string, b: string, key: string, relation: Relation) => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    let row = pairs.get(x);
    if (!row) pairs.set(x, (row = new Map<string, Pending>()));
    let p = row.get(y);
    if (!p) row.set(y, (p = new Map<string, Relation>()));
    const prev = p.get(key);
    if (!prev || prev.weight < relation.weight) p.set(key, relation);
  };
  const { asOfYear } = input;
  const firms = [...input.firms];

  // Shared past projects.
  const records = firms.flatMap((f) =>
    f.trackRecords.map((t) => ({
      firmId: f.id,
      countryCode: t.countryCode,
      city: t.city ?? null,
      title: t.title ?? null,
      year: t.year ?? null,
      client: t.client ?? null,
      financiers: financiersIn(t),
    })),
  );
  const cluster = clusterProjects(records);
  const byProject = new Map<number, typeof records>();
  records.forEach((r, i) => {
    const list = byProject.get(cluster[i]) ?? [];
    list.push(r);
    byProject.set(cluster[i], list);
  });
  for (const [id, list] of byProject) {
    const firmIds = [...new Set(list.map((r) => r.firmId))];
    if (firmIds.length < 2) continue;
    // Cite the most descriptive title, the city and the latest year any member gives.
    const title = list.map((r) => r.title ?? '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
    const year = Math.max(0, ...list.map((r) => r.year ?? 0)) || null;
    const city = list.find((r) => r.city)?.city ?? null;
    const relation: Relation = {
      kind: 'shared_project',
      weight: RELATION_WEIGHTS.sharedProject * recency(year, asOfYear),
      year,
      title: title || null,
      city,
      countryCode: list[0].countryCode,
    };
    for (let i = 0; i < firmIds.length; i++)
      for (let j = i + 1; j < firmIds.length; j++) add(firmIds[i], firmIds[j], `p:${id}`, relation);
  }

  // Consortia formed on the platform.
  for (const c of input.consortia ?? []) {
    const members = [...new Set(c.members.filter((m) => m.status === 'accepted').map((m) => m.firmId))];
    const relation: Relation = {
      kind: 'platform_consortium',
      weight: consortiumWeight(c) * recency(c.year, asOfYear),
      year: c.year,
      title: c.projectTitle ?? null,
      city: c.city ?? null,
      countryCode: c.countryCode ?? null,
      status: c.outcome ?? c.status,
    };
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) add(members[i], members[j], `c:${c.id}`, relation);
  }

  // Corporate groups.
  const groupNames = new Map((input.groups ?? []).map((g) => [g.key, g.name]));
  const byGroup = new Map<string, string[]>();
  for (const f of firms) {
    if (!f.corporateGroup) continue;
    const list = byGroup.get(f.corporateGroup) ?? [];
    list.push(f.id);
    byGroup.set(f.corporateGroup, list);
  }
  for (const [key, ids] of byGroup) {
    const relation: Relation = {
      kind: 'corporate_group',
      weight: RELATION_WEIGHTS.corporateGroup,
      year: null,
      title: null,
      city: null,
      countryCode: null,
      key,
      name: groupNames.get(key) ?? { en: key, ko: key },
    };
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) add(ids[i], ids[j], `g:${key}`, relation);
  }

  // Same client, same financier: firms that know the same counterpart.
  const shared = (
    kind: 'same_client' | 'same_financier',
    keyOf: (r: (typeof records)[number]) => string[],
    base: number,
    name: (key: string, r: (typeof records)[number]) => Label,
  ) => {
    const byKey = new Map<string, (typeof records)[number][]>();
    for (const r of records)
      for (const k of keyOf(r)) {
        const list = byKey.get(k) ?? [];
        list.push(r);
        byKey.set(k, list);
      }
    for (const [key, list] of byKey) {
      const firmIds = [...new Set(list.map((r) => r.firmId))];
      if (firmIds.length < 2 || firmIds.length > MAX_SHARED_GROUP) continue;
      // Per firm, its latest record with this counterpart.
      const latest = new Map<string, (typeof records)[number]>();
      for (const r of list) {
        const prev = latest.get(r.firmId);
        if (!prev || (r.year ?? 0) > (prev.year ?? 0)) latest.set(r.firmId, r);
      }
      for (let i = 0; i < firmIds.length; i++)
        for (let j = i + 1; j < firmIds.length; j++) {
          const a = latest.get(firmIds[i])!;
          const b = latest.get(firmIds[j])!;
          // The older of the two contacts dates the tie.
          const year = a.year && b.year ? Math.min(a.year, b.year) : null;
          add(firmIds[i], firmIds[j], `${kind}:${key}`, {
            kind,
            weight: base * recency(year, asOfYear),
            year,
            title: null,
            city: null,
            countryCode: null,
            key,
            name: name(key, a),
          });
        }
    }
  };
  shared(
    'same_client',
    (r) => (r.client ? [`${r.countryCode}|${normaliseCity(r.client)}`] : []),
    RELATION_WEIGHTS.sameClient,
    (_, r) => ({ en: r.client!, ko: r.client! }),
  );
  shared(
    'same_financier',
    (r) => r.financiers,
    RELATION_WEIGHTS.sameFinancier,
    (key) => financierLabel(key),
  );

  const adjacency = new Map<string, Map<string, Link>>();
  const link = (a: string, b: string, l: Link) => {
    let row = adjacency.get(a);
    if (!row) adjacency.set(a, (row = new Map<string, Link>()));
    row.set(b, l);
  };
  for (const [a, row] of pairs)
    for (const [b, p] of row) {
      const relations = [...p.values()].sort((x, y) => y.weight - x.weight);
      const affinity = 1 - relations.reduce((doubt, r) => doubt * (1 - r.weight), 1);
      const l: Link = { affinity, relations };
      link(a, b, l);
      link(b, a, l);
    }
  return CollaborationGraph.fromAdjacency(adjacency);
}
