export * from './support-program.entity';
export * from './sync-support-programs';
export * from './support-program.dto';
export * from './list-support-programs.query';
export * from './support-programs.service';
export * from './programs.module';
