import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The folder holding the real records copied from the shared reports; found from source or from dist/. */
export const DEMO_DATA_DIR = [
  resolve(__dirname, '..', 'data'),
  resolve(__dirname, '../../../../libs/demo-data/data'),
].find((dir) => existsSync(resolve(dir, 'firms.json'))) as string;

export interface SourceRef {
  document: string;
  line?: number | null;
}

export const describeSource = (s?: SourceRef | null) =>
  s ? `${s.document}${s.line ? `, line ${s.line}` : ''}` : null;

/** Corrections over projects.json (projects-overlay.json): Korean titles translated by us, deadlines from the stated tender window. */
export interface ProjectOverlay {
  titleKo?: string;
  titleKoTranslated?: boolean;
  submissionDeadline?: string | null;
  deadlineBasis?: string;
}

export function readProjectOverlay(): Record<string, ProjectOverlay> {
  return (
    JSON.parse(readFileSync(resolve(DEMO_DATA_DIR, 'projects-overlay.json'), 'utf8')) as {
      items: Record<string, ProjectOverlay>;
    }
  ).items;
}

export function readItems<T>(file: 'firms.json' | 'projects.json'): T[] {
  return (JSON.parse(readFileSync(resolve(DEMO_DATA_DIR, file), 'utf8')) as { items: T[] }).items;
}

/** Inserts in chunks so one statement stays well under PostgreSQL's 65k parameter limit. */
export function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
