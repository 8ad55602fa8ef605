import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AuthModule } from '@app/auth';
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
import { TaxonomyModule } from '@app/taxonomy';
import { ENTITIES } from './entities';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const webDist = resolve(config.env.WEB_DIST);
    const serveWeb = existsSync(resolve(webDist, 'index.html'))
      ? [ServeStaticModule.forRoot({ rootPath: webDist, exclude: ['/api/{*path}'] })]
      : [];
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
        DashboardModule,
        MessagingModule,
        PartnerRequestsModule,
        NotificationsModule,
        HealthModule,
        ...serveWeb,
      ],
    };
  }
}
