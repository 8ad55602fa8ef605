// Entities first: the demo-data loader imports them.
export * from './project.entity';
export * from './match-project-input';
export * from './project.dto';
export * from './save-project.dto';
export * from './project-import.dto';
export * from './list-projects.query';
export * from './project-events';
export { applyProjectFilters } from './project-filters';
export * from './project-catalog.service';
export * from './projects.service';
export * from './projects.module';
