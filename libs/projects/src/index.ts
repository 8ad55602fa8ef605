export * from './project.entity';
export * from './projects.module';
