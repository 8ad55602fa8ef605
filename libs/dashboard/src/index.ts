export * from './dashboard.dto';
export * from './dashboard-filters.query';
export * from './dashboard.module';
export * from './firm-funnel';
