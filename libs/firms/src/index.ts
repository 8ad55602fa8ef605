// Entity and DTOs first: the auth lib imports them while this index may still be loading.
export * from './firm.entity';
export * from './firm-capability.entity';
export * from './firm-solution.entity';
export * from './firm-track-record.entity';
export * from './firm.dto';
export * from './verify-firm.dto';
export * from './firm-capability.dto';
export * from './firm-solution.dto';
export * from './firm-track-record.dto';
export * from './firm-profile.dto';
export * from './firm-list-item.dto';
export * from './update-firm-profile.dto';
export * from './list-firms.query';
export * from './firm-access';
export * from './firms.service';
export * from './firm-profile.service';
export * from './firms.module';
