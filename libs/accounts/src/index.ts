export * from './dto/user.dto';
export * from './dto/register.dto';
export * from './accounts.module';
