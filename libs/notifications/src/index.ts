// Entities and types first; this lib depends only on common, config, database and auth's deep paths.
export * from './notification-types';
export * from './notification.entity';
export * from './email-outbox.entity';
export * from './notification-email';
export * from './outbox-retry';
export * from './notification.dto';
export * from './list-notifications.query';
export * from './mailer';
export * from './notifications.service';
export * from './notification-inbox.service';
export * from './outbox.worker';
export * from './notifications.module';
