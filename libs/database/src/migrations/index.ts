import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { Catalog1763950000000 } from './1763950000000-catalog';

/** Every migration, in order. New migrations are appended here (no globs). */
export const MIGRATIONS = [InitialSchema1763900000000, Catalog1763950000000];
