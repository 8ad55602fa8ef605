export * from './admin-audit-event.entity';
export * from './admin.dto';
export * from './admin-users.service';
export * from './admin-audit.service';
export * from './admin.module';
