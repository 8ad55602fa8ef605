export * from './support-program.entity';
export * from './sync-support-programs';
export * from './programs.module';
