import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { FirmEvents } from '@app/firms';
import {
  buildCollaborationGraph,
  CollaborationGraph,
  type CorporateGroup,
  type MatchIndex,
  type GraphFirm,
  type PlatformConsortium,
} from '@app/matching';
import { MatchingIndexService } from './matching-index.service';

/** What the graph was built from: the firm generation (FirmEvents) and the consortium history in the database. */
interface GraphVersion {
  firms: number;
  /** The index object: a full reload replaces it. */
  index: MatchIndex;
  consortia: string;
}

interface ConsortiumRow {
  id: string;
  status: string;
  outcome: string | null;
  year: number | null;
  title: string | null;
  country_code: string | null;
  city: string | null;
  client: string | null;
  members: { firmId: string; status: string }[];
}

/** Corporate groups are compared by their name, case and spacing aside ("Samsung Group" = "samsung  group"). */
export const corporateGroupKey = (name: string | null | undefined): string | null => {
  const key = name?.trim().toLowerCase().replace(/\s+/g, ' ');
  return key || null;
};

const sameVersion = (a: GraphVersion | null, b: GraphVersion) =>
  !!a && a.firms === b.firms && a.index === b.index && a.consortia === b.consortia;

/**
 * Who has worked with whom, for matching (libs/matching `buildCollaborationGraph`): the verified
 * firms' track records (shared past projects, same financier or client), their corporate groups,
 * and the consortia formed on the platform (accepted members; approved and won ones weigh most).
 *
 * Rebuilt from the database, never patched: a firm change (FirmEvents) marks it stale, and before
 * each use one cheap query compares the consortium history (`consortium_events` is append-only,
 * `consortia.updated_at` moves with every change) with what the graph was built from, so a
 * consortium change made by another API process is seen too.
 */
@Injectable()
export class CollaborationGraphService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CollaborationGraphService.name);
  private current = CollaborationGraph.empty();
  private builtFrom: GraphVersion | null = null;
  private firmGeneration = 0;
  private building: Promise<CollaborationGraph> | null = null;
  private subscription?: Subscription;
  private builds = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingIndexService,
    private readonly events: FirmEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.events.changed$.subscribe(() => this.markStale());
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** Bumped by every rebuild: result caches key on it (with the index version). */
  get version(): number {
    return this.builds;
  }

  /** Firms changed (also after loading data behind the services' back). */
  markStale(): void {
    this.firmGeneration++;
  }

  /** The graph as the database stands now (the firm index settled first). */
  async graph(): Promise<CollaborationGraph> {
    await this.matching.settled();
    const version: GraphVersion = {
      firms: this.firmGeneration,
      index: this.matching.index,
      consortia: await this.consortiumVersion(),
    };
    if (sameVersion(this.builtFrom, version)) return this.current;
    // Concurrent requests share one rebuild; a request arriving after a newer change rebuilds again.
    if (!this.building) {
      this.building = this.build(version).finally(() => (this.building = null));
    }
    const graph = await this.building;
    return sameVersion(this.builtFrom, version) ? graph : this.graph();
  }

  private async consortiumVersion(): Promise<string> {
    const [row] = await this.dataSource.query<{ events: string; updated: string; consortia: string }[]>(
      `SELECT (SELECT count(*) FROM consortium_events)::text AS events,
              (SELECT coalesce(max(updated_at)::text, '') FROM consortia) AS updated,
              (SELECT count(*) FROM consortia)::text AS consortia`,
    );
    return `${row.events}|${row.consortia}|${row.updated}`;
  }

  private async build(version: GraphVersion): Promise<CollaborationGraph> {
    const started = Date.now();
    const consortia = await this.platformConsortia();
    const index = version.index;
    const groups = new Map<string, CorporateGroup>();
    const firms: GraphFirm[] = [];
    for (const row of index.rows()) {
      const f = index.firms[row];
      const key = corporateGroupKey(f.corporateGroup);
      if (key && !groups.has(key))
        groups.set(key, { key, name: { en: f.corporateGroup!.trim(), ko: f.corporateGroup!.trim() } });
      firms.push({ id: f.id, corporateGroup: key, trackRecords: f.trackRecords });
    }
    const graph = buildCollaborationGraph({
      firms,
      consortia,
      groups: [...groups.values()],
      asOfYear: new Date().getUTCFullYear(),
    });
    this.current = graph;
    this.builtFrom = version;
    this.builds++;
    this.logger.log(
      `Collaboration graph built: ${graph.edgeCount} linked pairs, ${consortia.length} consortia, ${Date.now() - started} ms`,
    );
    return graph;
  }

  /** Consortia with their project and member seats (the lead's seat counts as accepted). */
  private async platformConsortia(): Promise<PlatformConsortium[]> {
    const rows = await this.dataSource.query<(ConsortiumRow & { lead_firm_id: string })[]>(`
      SELECT c.id, c.status, c.outcome,
             extract(year FROM coalesce(c.outcome_date::timestamptz, c.decided_at, c.submitted_at, c.created_at))::int AS year,
             p.title, trim(p.country_code) AS country_code, p.city, p.client,
             coalesce(
               (SELECT json_agg(json_build_object('firmId', m.firm_id, 'status', m.status))
                  FROM consortium_members m WHERE m.consortium_id = c.id),
               '[]'::json) AS members,
             c.lead_firm_id
        FROM consortia c JOIN projects p ON p.id = c.project_id
       ORDER BY c.id`);
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      outcome: r.outcome,
      year: r.year,
      projectTitle: r.title,
      countryCode: r.country_code,
      city: r.city,
      client: r.client,
      members: [...r.members, { firmId: r.lead_firm_id, status: 'accepted' }],
    }));
  }
}
