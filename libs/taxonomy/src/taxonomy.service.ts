import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Capability, CapabilityDomain, TaxonomyTerm, type TaxonomyTermKind } from './taxonomy.entities';
import type { TaxonomyDto, TermDto } from './taxonomy.dto';

/** Kinds a code can be checked against: capabilities, domains (sectors) or a term list. */
export type CodeKind = TaxonomyTermKind | 'capability' | 'domain';

const term = (t: { code: string; labelEn: string; labelKo: string }): TermDto => ({
  code: t.code,
  en: t.labelEn,
  ko: t.labelKo,
});

@Injectable()
export class TaxonomyService {
  private cache?: Promise<{ dto: TaxonomyDto; codes: Map<CodeKind, Set<string>> }>;

  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<TaxonomyDto> {
    return (await this.load()).dto;
  }

  /** Throws 400 naming each unknown code, e.g. field `capabilities[2].code`. */
  async assertCodes(kind: CodeKind, entries: { field: string; code: string }[]): Promise<void> {
    const known = (await this.load()).codes.get(kind)!;
    const unknown = entries.filter((e) => !known.has(e.code));
    if (unknown.length) {
      throw new BadRequestException({
        message: `Unknown ${kind.replace('_', ' ')} code${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => u.code).join(', ')}`,
        details: unknown.map((u) => ({
          field: u.field,
          message: `unknown ${kind.replace('_', ' ')} code "${u.code}"`,
        })),
      });
    }
  }

  /** Reference data changes only at start (sync); drop the cache after a sync in the same process. */
  invalidate(): void {
    this.cache = undefined;
  }

  private load() {
    this.cache ??= this.read().catch((e) => {
      this.cache = undefined;
      throw e;
    });
    return this.cache;
  }

  private async read() {
    const m = this.dataSource.manager;
    const [domains, capabilities, terms] = await Promise.all([
      m.find(CapabilityDomain, { order: { sortOrder: 'ASC' } }),
      m.find(Capability, { order: { sortOrder: 'ASC' } }),
      m.find(TaxonomyTerm, { order: { kind: 'ASC', sortOrder: 'ASC' } }),
    ]);
    const ofKind = (kind: TaxonomyTermKind) => terms.filter((t) => t.kind === kind);
    const dto: TaxonomyDto = {
      domains: domains.map((d) => ({
        ...term(d),
        capabilities: capabilities
          .filter((c) => c.domainCode === d.code)
          .map((c) => ({ ...term(c), domain: d.code })),
      })),
      roles: ofKind('role').map(term),
      firmSizes: ofKind('firm_size').map(term),
      firmTypes: ofKind('firm_type').map(term),
      projectTracks: ofKind('project_track').map(term),
      financingSources: ofKind('financing_source').map(term),
      ladderStages: ofKind('ladder_stage').map((t) => ({ ...term(t), stage: t.stage ?? 0 })),
    };
    const codes = new Map<CodeKind, Set<string>>([
      ['capability', new Set(capabilities.map((c) => c.code))],
      ['domain', new Set(domains.map((d) => d.code))],
    ]);
    for (const t of terms) {
      if (!codes.has(t.kind)) codes.set(t.kind, new Set());
      codes.get(t.kind)!.add(t.code);
    }
    return { dto, codes };
  }
}
