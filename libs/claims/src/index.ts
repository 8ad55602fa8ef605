export * from './firm-claim.entity';
export * from './claim.dto';
export * from './claim-invites';
export * from './email-domain';
export * from './claims.service';
export * from './claims.module';
