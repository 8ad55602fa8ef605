import { regionOf } from './regions';
import type { MatchFirmInput, Maturity } from './types';

export const LADDER = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'C4'];
const MATURITY_RANK: Record<Maturity, number> = { concept: 1, 'pilot-proven': 2, commercial: 3 };
/** Extra strength a solution with the code adds on top of the declared level (by maturity). */
export const MATURITY_BONUS = [0, 0.1, 0.2, 0.34];
const SME_SIZES = new Set(['sme', 'startup']);

/**
 * Firm capabilities packed into typed arrays: one row of C bytes per firm for levels and one for
 * the best solution maturity per code. Rows are updated in place when a profile changes, so a
 * request never reloads all firms from the database.
 */
export class MatchIndex {
  readonly codes: readonly string[];
  private readonly codeIndex: Map<string, number>;
  private readonly width: number;
  private capacity = 0;
  private count = 0;
  levels = new Uint8Array(0);
  maturity = new Uint8Array(0);
  ladder = new Uint8Array(0);
  sme = new Uint8Array(0);
  /** Bit per role the firm can play and per capability domain it works in (see `bit`). */
  roleMask = new Uint32Array(0);
  domainMask = new Uint32Array(0);
  readonly firms: MatchFirmInput[] = [];
  /** Countries of each firm's track record, with the most recent year. */
  readonly experience: Map<string, number | null>[] = [];
  /** Regions of each firm's track record. */
  readonly regions: Set<string>[] = [];
  private readonly bits = new Map<string, number>();
  private readonly rowOf = new Map<string, number>();
  private readonly free: number[] = [];

  constructor(capabilityCodes: readonly string[], firms: Iterable<MatchFirmInput> = []) {
    this.codes = capabilityCodes;
    this.codeIndex = new Map(capabilityCodes.map((c, i) => [c, i]));
    this.width = capabilityCodes.length;
    for (const f of firms) this.upsert(f);
  }

  get size(): number {
    return this.rowOf.size;
  }

  codeId(code: string): number {
    return this.codeIndex.get(code) ?? -1;
  }

  row(firmId: string): number | undefined {
    return this.rowOf.get(firmId);
  }

  /** Rows of live firms, in insertion order. */
  *rows(): Iterable<number> {
    for (const r of this.rowOf.values()) yield r;
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

  /** 0..1: how strongly the firm covers a capability (declared level, plus solution evidence). */
  strength(row: number, codeId: number): number {
    if (codeId < 0) return 0;
    const level = this.levels[row * this.width + codeId];
    const mat = this.maturity[row * this.width + codeId];
    if (!level && !mat) return 0;
    return Math.min(1, Math.max(level, 1) / 3 + MATURITY_BONUS[mat]);
  }

  upsert(firm: MatchFirmInput): void {
    let row = this.rowOf.get(firm.id);
    if (row === undefined) {
      row = this.free.pop() ?? this.count++;
      this.ensureCapacity(this.count);
      this.rowOf.set(firm.id, row);
    }
    const base = row * this.width;
    this.levels.fill(0, base, base + this.width);
    this.maturity.fill(0, base, base + this.width);
    for (const c of firm.capabilities) {
      const id = this.codeIndex.get(c.code);
      if (id !== undefined)
        this.levels[base + id] = Math.max(this.levels[base + id], Math.min(3, Math.max(0, c.level)));
    }
    for (const s of firm.solutions) {
      for (const code of s.capabilityCodes) {
        const id = this.codeIndex.get(code);
        if (id !== undefined)
          this.maturity[base + id] = Math.max(this.maturity[base + id], MATURITY_RANK[s.maturity] ?? 0);
      }
    }
    const ladder = firm.ladderStage ? LADDER.indexOf(firm.ladderStage) : -1;
    this.ladder[row] = ladder < 0 ? 255 : ladder;
    this.sme[row] = SME_SIZES.has(firm.size) ? 1 : 0;
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
    this.levels.fill(0, row * this.width, (row + 1) * this.width);
    this.maturity.fill(0, row * this.width, (row + 1) * this.width);
    this.free.push(row);
  }

  /** Approximate bytes held: typed arrays plus a per-firm estimate of the plain objects. */
  heapBytes(): number {
    const typed =
      this.levels.byteLength +
      this.maturity.byteLength +
      this.ladder.byteLength +
      this.sme.byteLength +
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
    this.levels = grow(this.levels, this.width);
    this.maturity = grow(this.maturity, this.width);
    this.ladder = grow(this.ladder, 1);
    this.sme = grow(this.sme, 1);
    const grow32 = (a: Uint32Array) => {
      const next = new Uint32Array(capacity);
      next.set(a);
      return next;
    };
    this.roleMask = grow32(this.roleMask);
    this.domainMask = grow32(this.domainMask);
    this.capacity = capacity;
  }
}
