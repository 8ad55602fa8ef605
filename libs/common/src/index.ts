export * from './roles';
export * from './permissions';
export * from './errors';
export * from './seeded-random';
