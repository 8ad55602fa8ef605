export * from './notification-types';
export * from './notification.entity';
export * from './notification.dto';
export * from './list-notifications.query';
export * from './notifications.service';
export * from './notification-inbox.service';
export * from './notifications.module';
