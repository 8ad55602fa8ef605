import { InitialSchema1763900000000 } from './1763900000000-initial-schema';

/** Every migration, in order. New migrations are appended here (no globs). */
export const MIGRATIONS = [InitialSchema1763900000000];
