// Entity and DTOs first: the auth lib imports them while this index may still be loading.
export * from './firm.entity';
export * from './firm.dto';
export * from './verify-firm.dto';
export * from './firms.service';
export * from './firms.module';
