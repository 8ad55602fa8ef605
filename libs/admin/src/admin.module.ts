import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { AdminAuditService } from './admin-audit.service';
import { AdminController } from './admin.controller';
import { AdminUsersService } from './admin-users.service';

@Module({
  imports: [AuthModule],
  controllers: [AdminController],
  providers: [AdminUsersService, AdminAuditService],
})
export class AdminModule {}
