import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityManager } from 'typeorm';
import { SupportProgram } from './support-program.entity';

interface SourceProgram {
  id: string;
  name: string;
  nameKo?: string | null;
  agency?: string | null;
  kind?: string | null;
  ladderStages?: string[];
  sectors?: string[];
  description?: string | null;
  eligibility?: string | null;
  source?: { document: string; line?: number } | null;
}

export const SUPPORT_PROGRAMS_FILE = [
  resolve(__dirname, '../data/support-programs.json'),
  resolve(__dirname, '../../../../libs/programs/data/support-programs.json'),
].find((file) => existsSync(file)) as string;

export const sourceNote = (source?: { document: string; line?: number } | null) =>
  source ? `${source.document}${source.line ? `, line ${source.line}` : ''}` : null;

/** Upserts the Korean support programs (reference data, from public reports) at every start. */
export async function syncSupportPrograms(manager: EntityManager): Promise<void> {
  const { items } = JSON.parse(readFileSync(SUPPORT_PROGRAMS_FILE, 'utf8')) as { items: SourceProgram[] };
  await manager.upsert(
    SupportProgram,
    items.map((p) => ({
      id: p.id,
      name: p.name,
      nameKo: p.nameKo ?? null,
      agency: p.agency ?? null,
      kind: p.kind ?? null,
      ladderStages: p.ladderStages ?? [],
      sectors: p.sectors ?? [],
      description: p.description ?? null,
      eligibility: p.eligibility ?? null,
      sourceNote: sourceNote(p.source),
    })),
    ['id'],
  );
}
