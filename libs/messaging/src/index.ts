// Entities first: apps/api/src/entities.ts imports them.
export * from './message-thread.entity';
export * from './message.entity';
export * from './thread-read.entity';
export * from './contact-request.entity';
export * from './moderation.entity';
export * from './messaging.dto';
export * from './thread-access';
export * from './contact-requests.service';
export * from './messaging.module';
