import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AdminModule } from '@app/admin';
import { AuthModule } from '@app/auth';
import { ClaimsModule } from '@app/claims';
import { ConfigModule, type AppConfig } from '@app/config';
import { ConsortiaModule } from '@app/consortia';
import { DashboardModule } from '@app/dashboard';
import { MessagingModule } from '@app/messaging';
import { PartnerRequestsModule } from '@app/partner-requests';
import { ChangeFeedModule, dataSourceOptions } from '@app/database';
import { FirmsModule } from '@app/firms';
import { MatchingApiModule } from '@app/matching-api';
import { NotificationsModule } from '@app/notifications';
import { ProgramsModule } from '@app/programs';
import { ProjectsModule } from '@app/projects';
import { SavedSearchesModule } from '@app/saved-searches';
import { TaxonomyModule } from '@app/taxonomy';
import { ENTITIES } from './entities';
import { HealthModule } from './health/health.module';

// The built web app is served by a middleware (web-static.ts, registered in configure-app.ts).
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, ENTITIES),
          retryAttempts: 2,
          retryDelay: 500,
        }),
        ChangeFeedModule,
        AuthModule,
        AccountsModule,
        TaxonomyModule,
        FirmsModule,
        ProjectsModule,
        ProgramsModule,
        MatchingApiModule,
        ConsortiaModule,
        ClaimsModule,
        DashboardModule,
        MessagingModule,
        PartnerRequestsModule,
        NotificationsModule,
        SavedSearchesModule,
        AdminModule,
        HealthModule,
      ],
    };
  }
}
