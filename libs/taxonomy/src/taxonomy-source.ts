import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LabelledCode {
  code: string;
  en: string;
  ko: string;
}

export interface TaxonomySource {
  domains: (LabelledCode & { capabilities: LabelledCode[] })[];
  roles: LabelledCode[];
  firm_sizes: LabelledCode[];
  firm_types: LabelledCode[];
  project_tracks: LabelledCode[];
  financing_sources: LabelledCode[];
  export_ladder: (LabelledCode & { stage: number })[];
}

/** taxonomy.json, found from source (tests) or from dist/ (built app). */
export const TAXONOMY_FILE = [
  resolve(__dirname, '../data/taxonomy.json'),
  resolve(__dirname, '../../../../libs/taxonomy/data/taxonomy.json'),
].find((file) => existsSync(file)) as string;

export function readTaxonomySource(): TaxonomySource {
  return JSON.parse(readFileSync(TAXONOMY_FILE, 'utf8')) as TaxonomySource;
}
