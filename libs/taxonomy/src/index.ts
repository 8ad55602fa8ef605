export * from './taxonomy.entities';
export * from './taxonomy-source';
export * from './sync-taxonomy';
export * from './taxonomy.dto';
export * from './taxonomy.service';
export * from './taxonomy.module';
