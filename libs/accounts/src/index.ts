export * from './dto/user.dto';
export * from './dto/register.dto';
export * from './accounts.module';
export * from './session-response';
export * from './account-views';
