export * from './embedded-postgres';
export * from './ensure-database';
export * from './data-source-options';
export * from './migrations';
export * from './pagination';
export * from './change-feed';
