import { explainFit, fitScore, type FitBreakdown } from './fit';
import type { MatchIndex } from './match-index';
import { projectContext } from './project-context';
import { TopK } from './top-k';
import type { Labels, MatchProjectInput } from './types';

export interface RankedFirm extends FitBreakdown {
  firmId: string;
}

export interface RankOptions {
  limit?: number;
  /** Keeps only rows for which this returns true (size, country filters, exclusions). */
  filter?: (row: number) => boolean;
  labels?: Labels;
}

/** Firms ranked by fit for a project; only the top ones are explained. Ties break on firm id. */
export function rankFirms(
  index: MatchIndex,
  project: MatchProjectInput,
  options: RankOptions = {},
): RankedFirm[] {
  const ctx = projectContext(index, project);
  const top = new TopK<number>(options.limit ?? 20);
  for (const row of index.rows()) {
    if (options.filter && !options.filter(row)) continue;
    top.push(fitScore(index, row, ctx), index.firms[row].id, row);
  }
  return top.values().map(({ value: row }) => ({
    firmId: index.firms[row].id,
    ...explainFit(index, row, ctx, options.labels),
  }));
}

export interface RankedProject extends FitBreakdown {
  projectId: string;
}

/** Projects ranked by the firm's fit; the caller passes the open ones. */
export function rankProjects(
  index: MatchIndex,
  firmId: string,
  projects: MatchProjectInput[],
  options: { limit?: number; labels?: Labels } = {},
): RankedProject[] {
  const row = index.row(firmId);
  if (row === undefined) return [];
  const contexts = projects.map((p) => projectContext(index, p));
  const top = new TopK<number>(options.limit ?? 20);
  contexts.forEach((ctx, i) => top.push(fitScore(index, row, ctx), ctx.project.id, i));
  return top.values().map(({ value: i }) => ({
    projectId: projects[i].id,
    ...explainFit(index, row, contexts[i], options.labels),
  }));
}
