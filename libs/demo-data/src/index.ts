export * from './demo-accounts';
export * from './source-files';
export * from './demo-sources';
export * from './synthetic-firms';
export * from './load-firms';
export * from './load-projects';
export * from './seed-demo';
