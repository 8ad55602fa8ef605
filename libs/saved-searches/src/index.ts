export * from './saved-search.entity';
export * from './saved-search.dto';
export * from './saved-searches.service';
export * from './saved-search-alerts.service';
export * from './saved-searches.module';
