// Entities and the pure state machine first: apps/api/src/entities.ts imports them.
export * from './consortium-state-machine';
export * from './consortium.entity';
export * from './consortium-member.entity';
export * from './consortium-event.entity';
export * from './consortium-decision.entity';
export * from './consortium-outcome.entity';
export * from './consortium-input.dto';
export * from './consortium.dto';
export * from './list-consortia.query';
export * from './invitation-sweeper.service';
export * from './consortia.service';
export * from './consortia.module';
