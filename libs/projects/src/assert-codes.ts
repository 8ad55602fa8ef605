import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@app/common';
import type { CodeKind, TaxonomyService } from '@app/taxonomy';

export type CodeCheck = [kind: CodeKind, entries: { field: string; code: string }[]];

/** Checks several code kinds and answers one 400 naming every unknown code, not just the first kind's. */
export async function assertAllCodes(taxonomy: TaxonomyService, checks: CodeCheck[]): Promise<void> {
  const results = await Promise.allSettled(
    checks.filter(([, e]) => e.length).map(([kind, entries]) => taxonomy.assertCodes(kind, entries)),
  );
  const failures = results.flatMap((r): unknown[] => (r.status === 'rejected' ? [r.reason] : []));
  if (!failures.length) return;
  const other = failures.find((f) => !(f instanceof BadRequestException));
  if (other) throw other as Error;
  if (failures.length === 1) throw failures[0];
  const bodies = (failures as BadRequestException[]).map(
    (f) => f.getResponse() as { message: string; details?: FieldError[] },
  );
  throw new BadRequestException({
    message: bodies.map((b) => b.message).join('; '),
    details: bodies.flatMap((b) => b.details ?? []),
  });
}
