import { firmFacts, strengthOf, type MatchModel } from './evidence';
import { regionOf } from './regions';
import type { MatchFirmInput } from './types';

export { MATURITY_BONUS } from './evidence';
export const LADDER = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'C4'];
const SME_SIZES = new Set(['sme', 'startup']);

export interface MatchIndexOptions {
  /** Scoring model (default `v2`; `capability-only` is the pre-v2 model, kept as a baseline). */
  model?: MatchModel;
}

/**
 * Firm capabilities packed into typed arrays: one row of C strengths (0–1, from the declared level
 * and the evidence behind it) per firm. Rows are updated in place when a profile changes, so a
 * request never reloads all firms from the database.
 */
export class MatchIndex {
  readonly codes: readonly string[];
  readonly model: MatchModel;
  private readonly codeIndex: Map<string, number>;
  private readonly width: number;
  private capacity = 0;
  private count = 0;
  /** Strength per firm row and capability code. */
  cells = new Float32Array(0);
  ladder = new Uint8Array(0);
  sme = new Uint8Array(0);
  /** Home country of each row as an id (see `countryId`). */
  home = new Uint16Array(0);
  /** Bit per role the firm can play and per capability domain it works in (see `bit`). */
  roleMask = new Uint32Array(0);
  domainMask = new Uint32Array(0);
  readonly firms: MatchFirmInput[] = [];
  /** Countries of each firm's track record, with the most recent year. */
  readonly experience: Map<string, number | null>[] = [];
  /** Regions of each firm's track record. */
  readonly regions: Set<string>[] = [];
  private readonly bits = new Map<string, number>();
  private readonly countries = new Map<string, number>([['KR', 0]]);
  private readonly rowOf = new Map<string, number>();
  private readonly free: number[] = [];

  constructor(
    capabilityCodes: readonly string[],
    firms: Iterable<MatchFirmInput> = [],
    options: MatchIndexOptions = {},
  ) {
    this.model = options.model ?? 'v2';
    this.codes = capabilityCodes;
    this.codeIndex = new Map(capabilityCodes.map((c, i) => [c, i]));
    this.width = capabilityCodes.length;
    for (const f of firms) this.upsert(f);
  }

  get size(): number {
    return this.rowOf.size;
  }

  /** Rows allocated so far (live or free): typed arrays indexed by row need this length. */
  get rowCount(): number {
    return this.count;
  }

  codeId(code: string): number {
    return this.codeIndex.get(code) ?? -1;
  }

  row(firmId: string): number | undefined {
    return this.rowOf.get(firmId);
  }

  /** Rows of live firms, in insertion order (the map's own iterator, no generator in the hot loops). */
  rows(): Iterable<number> {
    return this.rowOf.values();
  }

  /** A stable bit for a role or domain code (up to 32 distinct codes; later ones share bit 31). */
  bit(code: string): number {
    let b = this.bits.get(code);
    if (b === undefined) {
      b = Math.min(31, this.bits.size);
      this.bits.set(code, b);
    }
    return 1 << b;
  }

  mask(codes: Iterable<string>): number {
    let m = 0;
    for (const c of codes) m |= this.bit(c);
    return m >>> 0;
  }

  isSme(row: number): boolean {
    return this.sme[row] === 1;
  }

  /** 0..1: how strongly the firm covers a capability (declared level and the evidence behind it). */
  strength(row: number, codeId: number): number {
    return codeId < 0 ? 0 : this.cells[row * this.width + codeId];
  }

  /**
   * The firm's own claim for each code (declared level plus solution bonus, no evidence discount):
   * what a firm asking for partners knows it can do, so its gaps are its real gaps.
   */
  claims(row: number, codeIds: ArrayLike<number>): Float64Array {
    const facts = firmFacts(this.firms[row]);
    return Float64Array.from(codeIds, (id) => {
      if (id < 0) return 0;
      const f = facts.get(this.codes[id]);
      return f ? strengthOf(f, 'capability-only') : 0;
    });
  }

  /** A stable small id per country code (Korea is 0), so hot loops compare numbers. */
  countryId(code: string): number {
    let id = this.countries.get(code);
    if (id === undefined) this.countries.set(code, (id = this.countries.size));
    return id;
  }

  /** Whether a firm is based in Korea (the financing rules' "Korean firm"). */
  isKorean(row: number): boolean {
    return this.home[row] === 0;
  }

  upsert(firm: MatchFirmInput): void {
    let row = this.rowOf.get(firm.id);
    if (row === undefined) {
      row = this.free.pop() ?? this.count++;
      this.ensureCapacity(this.count);
      this.rowOf.set(firm.id, row);
    }
    const base = row * this.width;
    this.cells.fill(0, base, base + this.width);
    for (const [code, facts] of firmFacts(firm)) {
      const id = this.codeIndex.get(code);
      if (id !== undefined) this.cells[base + id] = strengthOf(facts, this.model);
    }
    const ladder = firm.ladderStage ? LADDER.indexOf(firm.ladderStage) : -1;
    this.ladder[row] = ladder < 0 ? 255 : ladder;
    this.sme[row] = SME_SIZES.has(firm.size) ? 1 : 0;
    this.home[row] = this.countryId(firm.homeCountry);
    const experience = new Map<string, number | null>();
    for (const t of firm.trackRecords) {
      const prev = experience.get(t.countryCode);
      experience.set(t.countryCode, Math.max(prev ?? 0, t.year ?? 0) || null);
    }
    this.roleMask[row] = this.mask(firm.roles.map((r) => `role:${r}`));
    this.domainMask[row] = this.mask(firm.capabilities.map((c) => `domain:${c.code.split('.')[0]}`));
    this.firms[row] = firm;
    this.experience[row] = experience;
    this.regions[row] = new Set([...experience.keys()].map(regionOf).filter((r): r is string => !!r));
  }

  remove(firmId: string): void {
    const row = this.rowOf.get(firmId);
    if (row === undefined) return;
    this.rowOf.delete(firmId);
    this.cells.fill(0, row * this.width, (row + 1) * this.width);
    this.free.push(row);
  }

  /** Approximate bytes held: typed arrays plus a per-firm estimate of the plain objects. */
  heapBytes(): number {
    const typed =
      this.cells.byteLength +
      this.ladder.byteLength +
      this.sme.byteLength +
      this.home.byteLength +
      this.roleMask.byteLength +
      this.domainMask.byteLength;
    let objects = 0;
    for (const row of this.rows()) {
      const f = this.firms[row];
      objects +=
        200 +
        f.id.length * 2 +
        f.name.length * 2 +
        f.capabilities.length * 40 +
        f.solutions.length * 120 +
        f.trackRecords.length * 60;
    }
    return typed + objects;
  }

  private ensureCapacity(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(64, this.capacity * 2, rows);
    const grow = (a: Uint8Array, per: number) => {
      const next = new Uint8Array(capacity * per);
      next.set(a);
      return next;
    };
    const cells = new Float32Array(capacity * this.width);
    cells.set(this.cells);
    this.cells = cells;
    this.ladder = grow(this.ladder, 1);
    this.sme = grow(this.sme, 1);
    const grow32 = (a: Uint32Array) => {
      const next = new Uint32Array(capacity);
      next.set(a);
      return next;
    };
    const home = new Uint16Array(capacity);
    home.set(this.home);
    this.home = home;
    this.roleMask = grow32(this.roleMask);
    this.domainMask = grow32(this.domainMask);
    this.capacity = capacity;
  }
}
