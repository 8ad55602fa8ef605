// Entity and DTOs first: the auth lib imports them while this index may still be loading.
export * from './firm.entity';
export * from './firm-capability.entity';
export * from './firm-solution.entity';
export * from './firm-track-record.entity';
export * from './firm.dto';
export * from './verify-firm.dto';
export * from './firms.service';
export * from './firms.module';
