import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { merge, type Subscription } from 'rxjs';
import { DataSource, In, Not } from 'typeorm';
import { User } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { formatEmail, queueEmails } from '@app/mail';
import { NotificationsService } from '@app/notifications';
import { applyProjectFilters, Project, ProjectEvents, type ProjectFiltersDto } from '@app/projects';
import { SavedSearch, SavedSearchMatch } from './saved-search.entity';

type DigestRow = {
  saved_search_id: string;
  project_id: string;
  user_id: string;
  name: string;
  title: string;
  title_ko: string | null;
};

/** Monday 00:00 UTC of the week `now` falls in. */
export function weekStart(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

/**
 * Saved-search alerts. On `project.published` and `project.changed` (after commit), every project
 * search with alerts whose filters the project now meets gets one match row; the row's primary key
 * makes the alert happen once per (search, project) however often the project changes and however
 * many instances listen. in_app: a notification; email_immediate: a notification and its e-mail;
 * email_weekly: a notification now, the e-mail in the weekly digest (sendWeeklyDigests).
 */
@Injectable()
export class SavedSearchAlertsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SavedSearchAlertsService.name);
  private readonly baseUrl: string;
  private queue: Promise<unknown> = Promise.resolve();
  private subscription?: Subscription;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: ProjectEvents,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.baseUrl = config.env.PUBLIC_URL ?? `http://localhost:${config.env.PORT}`;
  }

  onApplicationBootstrap(): void {
    this.subscription = merge(this.events.published$, this.events.changed$).subscribe(({ projectId }) => {
      this.queue = this.queue
        .then(() => this.projectSaved(projectId))
        .catch((e: Error) =>
          this.logger.error(`Saved-search alerts for ${projectId} failed: ${e.message}`, e.stack),
        );
    });
    const every = this.config.env.SWEEP_INTERVAL_MS;
    if (every > 0) {
      this.timer = setInterval(
        () =>
          void this.sendWeeklyDigests().catch((e: Error) =>
            this.logger.error(`Weekly saved-search digest failed: ${e.message}`, e.stack),
          ),
        every,
      );
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    clearInterval(this.timer);
    await this.settled();
  }

  /** Resolves once every project announced so far has been handled. */
  async settled(): Promise<void> {
    await this.queue;
  }

  /** Returns the number of searches newly matched (each alerted once). */
  async projectSaved(projectId: string): Promise<number> {
    const m = this.dataSource.manager;
    const project = await m.findOneBy(Project, { id: projectId });
    if (!project) return 0;
    const searches = await m.find(SavedSearch, { where: { kind: 'projects', notify: Not('none') } });
    const matched: SavedSearch[] = [];
    for (const s of searches) {
      const qb = m.createQueryBuilder(Project, 'p').where('p.id = :projectId', { projectId });
      if (await applyProjectFilters(qb, s.filters as ProjectFiltersDto).getExists()) matched.push(s);
    }
    if (!matched.length) return 0;
    return this.dataSource.transaction(async (tx) => {
      const inserted = (
        await tx
          .createQueryBuilder()
          .insert()
          .into(SavedSearchMatch)
          .values(matched.map((s) => ({ savedSearchId: s.id, projectId })))
          .orIgnore()
          .returning(['savedSearchId'])
          .execute()
      ).raw as { saved_search_id: string }[];
      const fresh = new Set(inserted.map((r) => r.saved_search_id));
      for (const s of matched.filter((x) => fresh.has(x.id))) {
        await this.notifications.notifyUsers(tx, [s.userId], {
          type: 'saved_search_match',
          title: {
            ko: `저장한 검색 "${s.name}"에 맞는 사업: ${project.titleKo ?? project.title}`,
            en: `A project matches your saved search "${s.name}": ${project.title}`,
          },
          body: {
            ko: `${project.titleKo ?? project.title} 사업이 저장한 검색 조건에 맞습니다.`,
            en: `${project.title} now meets the filters of your saved search.`,
          },
          link: `/projects/${projectId}`,
          data: { savedSearchId: s.id, projectId },
          email: s.notify === 'email_immediate',
        });
      }
      return fresh.size;
    });
  }

  /**
   * One digest e-mail per user and week with the weekly-search matches found before this week began.
   * Safe with several instances: the match rows are locked (SKIP LOCKED) and marked sent in the same
   * transaction that queues the e-mail, so each match is reported exactly once.
   */
  async sendWeeklyDigests(now = new Date()): Promise<number> {
    const before = weekStart(now);
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.query<DigestRow[]>(
        `SELECT m.saved_search_id, m.project_id, s.user_id, s.name, p.title, p.title_ko
           FROM saved_search_matches m
           JOIN saved_searches s ON s.id = m.saved_search_id
           JOIN projects p ON p.id = m.project_id
          WHERE m.digest_sent_at IS NULL AND s.notify = 'email_weekly' AND m.matched_at < $1
          ORDER BY s.user_id, m.matched_at
          FOR UPDATE OF m SKIP LOCKED`,
        [before],
      );
      if (!rows.length) return 0;
      const byUser = new Map<string, typeof rows>();
      for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
      const users = await tx.find(User, { where: { id: In([...byUser.keys()]) } });
      const emails = users.map((u) => {
        const items = byUser.get(u.id)!;
        const lines = (ko: boolean) =>
          items
            .map(
              (r) =>
                `- ${ko ? (r.title_ko ?? r.title) : r.title} (${r.name}): ${this.baseUrl}/projects/${r.project_id}`,
            )
            .join('\n');
        return {
          to: u.email,
          ...formatEmail(
            {
              title: {
                ko: `저장한 검색: 이번 주 새 사업 ${items.length}건`,
                en: `Saved searches: ${items.length} new projects this week`,
              },
              body: { ko: lines(true), en: lines(false) },
              link: '/settings',
            },
            this.baseUrl,
          ),
        };
      });
      await queueEmails(tx, emails);
      await tx.query(
        `UPDATE saved_search_matches SET digest_sent_at = now()
          WHERE (saved_search_id, project_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [rows.map((r) => r.saved_search_id), rows.map((r) => r.project_id)],
      );
      return emails.length;
    });
  }
}
