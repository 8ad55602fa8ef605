import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { Firm, FirmCapability, FirmEvents, FirmSolution, FirmTrackRecord } from '@app/firms';
import { MatchIndex, type Label, type Labels, type MatchFirmInput } from '@app/matching';
import { TaxonomyService } from '@app/taxonomy';

/** What the index keeps per firm: the engine's input plus what lists display. */
export interface IndexedFirm extends MatchFirmInput {
  nameKo: string | null;
  isSample: boolean;
}

type FirmChildren = {
  capabilities: FirmCapability[];
  solutions: FirmSolution[];
  trackRecords: FirmTrackRecord[];
};

const COUNTRY_NAMES = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  ko: new Intl.DisplayNames(['ko'], { type: 'region' }),
};

/**
 * Every verified firm in memory, for matching. Loaded once at bootstrap (after the demo seed in
 * main.ts), then kept current firm by firm from FirmEvents. Loads and refreshes run one after the
 * other, so a late answer never overwrites a newer state.
 */
@Injectable()
export class MatchingIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MatchingIndexService.name);
  private current = new MatchIndex([], [], { model: 'v2' });
  private labelOf = new Map<string, Label>();
  private queue: Promise<void> = Promise.resolve();
  private subscriptions: Subscription[] = [];
  /** Firms with a refresh queued but not started: a burst of edits to one firm costs one reload. */
  private readonly pending = new Set<string>();
  private closed = false;
  private changes = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: FirmEvents,
  ) {}

  get index(): MatchIndex {
    return this.current;
  }

  /**
   * Bumped on every upsert, remove and reload: answers computed from the index are cached under it,
   * so any firm change (here or, re-emitted as a FirmEvent, on another instance) makes them unreachable.
   */
  get version(): number {
    return this.changes;
  }

  /** Capability, domain and role labels from the taxonomy; ISO country names from ICU. */
  readonly labels: Labels = (code) => this.labelOf.get(code) ?? countryLabel(code);

  async onApplicationBootstrap(): Promise<void> {
    this.subscriptions = [
      this.events.changed$.subscribe(({ firmId }) => this.scheduleRefresh(firmId)),
      // Another instance's changes may have been missed (change feed reconnected): reload all.
      this.events.resync$.subscribe(() => void this.reload().catch(() => undefined)),
    ];
    await this.reload();
  }

  /** Lets a refresh in flight finish before TypeORM closes its pool. */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const s of this.subscriptions) s.unsubscribe();
    await this.queue;
  }

  /** Resolves once every change announced so far is in the index: requests see their own writes. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Rebuilds the whole index (bootstrap; or after loading data behind the services' back). */
  reload(): Promise<void> {
    return this.enqueue(() => this.loadAll());
  }

  firm(id: string): IndexedFirm | undefined {
    const row = this.current.row(id);
    return row === undefined ? undefined : (this.current.firms[row] as IndexedFirm);
  }

  /** Coalesces refreshes per firm and retries one that failed (e.g. during a database outage). */
  private scheduleRefresh(firmId: string, attempt = 0): void {
    if (this.pending.has(firmId) || this.closed) return;
    this.pending.add(firmId);
    this.enqueue(() => {
      this.pending.delete(firmId);
      return this.refresh(firmId);
    }).catch(() => {
      if (attempt < 5 && !this.closed)
        setTimeout(() => this.scheduleRefresh(firmId, attempt + 1), 1000 * 2 ** attempt).unref();
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch((e: Error) =>
      this.logger.error(`Matching index update failed: ${e.message}`, e.stack),
    );
    return run;
  }

  /** Four queries in one snapshot: verified firms, then each child table joined on them. */
  private async loadAll(): Promise<void> {
    const taxonomy = await this.taxonomy.get();
    const codes = taxonomy.domains.flatMap((d) => d.capabilities.map((c) => c.code));
    const firms = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const verified = await tx.find(Firm, {
        where: { verificationStatus: 'verified' },
        order: { id: 'ASC' },
      });
      // One connection in a transaction: sequential queries.
      const capabilities = await ofVerified(tx, FirmCapability, ['capabilityCode']);
      const solutions = await ofVerified(tx, FirmSolution, ['name', 'id']);
      const trackRecords = await ofVerified(tx, FirmTrackRecord, ['id']);
      const children = (id: string): FirmChildren => ({
        capabilities: capabilities.get(id) ?? [],
        solutions: solutions.get(id) ?? [],
        trackRecords: trackRecords.get(id) ?? [],
      });
      return verified.map((f) => toInput(f, children(f.id)));
    });
    const labels = new Map<string, Label>();
    for (const d of taxonomy.domains) {
      labels.set(d.code, { en: d.en, ko: d.ko });
      for (const c of d.capabilities) labels.set(c.code, { en: c.en, ko: c.ko });
    }
    for (const r of taxonomy.roles) labels.set(r.code, { en: r.en, ko: r.ko });
    // Matching v2: evidence-weighted strengths; the collaboration graph (CollaborationGraphService)
    // and the project's financing rules (toMatchProjectInput) come with each request.
    this.current = new MatchIndex(codes, firms, { model: 'v2' });
    this.labelOf = labels;
    this.changes++;
    this.logger.log(`Matching index loaded: ${firms.length} verified firms`);
  }

  /** Re-reads one firm: in the index while verified, out of it otherwise. */
  private async refresh(firmId: string): Promise<void> {
    const m = this.dataSource.manager;
    const firm = await m.findOneBy(Firm, { id: firmId });
    if (firm?.verificationStatus !== 'verified') {
      this.current.remove(firmId);
      this.changes++;
      return;
    }
    const [capabilities, solutions, trackRecords] = await Promise.all([
      m.find(FirmCapability, { where: { firmId }, order: { capabilityCode: 'ASC' } }),
      m.find(FirmSolution, { where: { firmId }, order: { name: 'ASC', id: 'ASC' } }),
      m.find(FirmTrackRecord, { where: { firmId }, order: { id: 'ASC' } }),
    ]);
    this.current.upsert(toInput(firm, { capabilities, solutions, trackRecords }));
    this.changes++;
  }
}

/** Rows of a firm child table belonging to verified firms, grouped by firm id (same order as a refresh). */
async function ofVerified<T extends ObjectLiteral & { firmId: string }>(
  tx: EntityManager,
  entity: new () => T,
  order: (keyof T & string)[],
): Promise<Map<string, T[]>> {
  const qb = tx
    .createQueryBuilder(entity, 'c')
    .innerJoin(Firm, 'f', 'f.id = c.firmId')
    .where('f.verificationStatus = :status', { status: 'verified' });
  for (const column of order) qb.addOrderBy(`c.${column}`, 'ASC');
  const rows = await qb.getMany();
  const byFirm = new Map<string, T[]>();
  for (const row of rows) {
    const list = byFirm.get(row.firmId);
    if (list) list.push(row);
    else byFirm.set(row.firmId, [row]);
  }
  return byFirm;
}

function toInput(firm: Firm, children: FirmChildren): IndexedFirm {
  return {
    id: firm.id,
    name: firm.name,
    nameKo: firm.nameKo,
    size: firm.size,
    homeCountry: firm.homeCountry.trim(),
    ladderStage: firm.ladderStage,
    roles: firm.roles,
    corporateGroup: firm.corporateGroup,
    isSample: firm.isSample,
    capabilities: children.capabilities.map((c) => ({ code: c.capabilityCode, level: c.level })),
    solutions: children.solutions.map((s) => ({
      name: s.name,
      capabilityCodes: s.capabilityCodes,
      maturity: s.maturity,
    })),
    trackRecords: children.trackRecords.map((t) => ({
      countryCode: t.countryCode.trim(),
      year: t.year,
      city: t.city,
      title: t.projectTitle,
      financingSource: t.financingSource,
      role: t.role,
    })),
    verified: firm.verificationStatus === 'verified',
  };
}

/** Country names from ICU, computed once per code (at most 26² codes). */
const countryLabels = new Map<string, Label | undefined>();

function countryLabel(code: string): Label | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  if (countryLabels.has(code)) return countryLabels.get(code);
  let label: Label | undefined;
  try {
    label = { en: COUNTRY_NAMES.en.of(code) ?? code, ko: COUNTRY_NAMES.ko.of(code) ?? code };
  } catch {
    label = undefined;
  }
  countryLabels.set(code, label);
  return label;
}
