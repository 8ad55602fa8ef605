import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AuthModule } from '@app/auth';
import { ConfigModule, type AppConfig } from '@app/config';
import { ConsortiaModule } from '@app/consortia';
import { DashboardModule } from '@app/dashboard';
import { dataSourceOptions } from '@app/database';
import { FirmsModule } from '@app/firms';
import { MatchingApiModule } from '@app/matching-api';
import { NotificationsModule } from '@app/notifications';
import { ProgramsModule } from '@app/programs';
import { ProjectsModule } from '@app/projects';
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
        AuthModule,
        AccountsModule,
        TaxonomyModule,
        FirmsModule,
        ProjectsModule,
        ProgramsModule,
        MatchingApiModule,
        ConsortiaModule,
        DashboardModule,
        NotificationsModule,
        HealthModule,
      ],
    };
  }
}
