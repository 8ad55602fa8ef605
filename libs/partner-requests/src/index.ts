// Entities first: apps/api/src/entities.ts imports them.
export * from './partner-request.entity';
export * from './partner-request.dto';
export * from './partner-digest.service';
export * from './partner-requests.module';
