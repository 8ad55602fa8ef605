import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { rankFirms } from '@app/matching';
import { NotificationsService } from '@app/notifications';
import { ProjectEvents } from '@app/projects';
import { MATCHABLE_STATUSES, MatchProjectsService } from './match-projects.service';
import { MatchingIndexService, type IndexedFirm } from './matching-index.service';
import { projectMatchNotice } from './project-match-notice';

/** At most this many firms hear about one new project. */
export const MAX_MATCH_NOTICES = 50;

/**
 * On `project.published`, tells the admins of the verified firms whose fit score reaches
 * MATCH_NOTIFY_THRESHOLD. Runs after the project committed, one project at a time; a failure is
 * logged and never reaches the staff member who created the project.
 */
@Injectable()
export class ProjectMatchNotifier implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ProjectMatchNotifier.name);
  private readonly threshold: number;
  private queue: Promise<unknown> = Promise.resolve();
  private subscription?: Subscription;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: ProjectEvents,
    private readonly matching: MatchingIndexService,
    private readonly projects: MatchProjectsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.threshold = config.env.MATCH_NOTIFY_THRESHOLD;
  }

  onApplicationBootstrap(): void {
    this.subscription = this.events.published$.subscribe(({ projectId }) => {
      this.queue = this.queue
        .then(() => this.notify(projectId))
        .catch((e: Error) =>
          this.logger.error(`Project match notices for ${projectId} failed: ${e.message}`, e.stack),
        );
    });
  }

  /** Lets a running batch finish before the pool closes (TypeORM closes it at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.settled();
  }

  /** Resolves once every project announced so far has been handled. */
  async settled(): Promise<void> {
    await this.queue;
  }

  /** Returns the number of firms notified. */
  async notify(projectId: string): Promise<number> {
    const project = await this.projects.get(projectId);
    if (!MATCHABLE_STATUSES.includes(project.info.status)) return 0;
    await this.matching.settled(); // firm changes announced before the project are in the index
    const index = this.matching.index;
    // Sample firms have no accounts: leaving them out keeps the 50 places for firms that can read it.
    const ranked = rankFirms(index, project.input, {
      limit: MAX_MATCH_NOTICES,
      filter: (row) => !(index.firms[row] as IndexedFirm).isSample,
      labels: this.matching.labels,
    }).filter((r) => r.score >= this.threshold);
    if (!ranked.length) return 0;
    const items = ranked.map((match) => ({
      firmId: match.firmId,
      notification: projectMatchNotice(project.info, match, this.matching.labels),
    }));
    await this.dataSource.transaction((tx) => this.notifications.notifyFirmAdminsEach(tx, items));
    return ranked.length;
  }
}
