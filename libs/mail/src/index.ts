export * from './email-outbox.entity';
export * from './email-format';
export * from './email-queue';
export * from './outbox-retry';
export * from './mailer';
export * from './outbox.worker';
export * from './mail.module';
