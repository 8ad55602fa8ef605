import { Injectable, Optional } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';
import { ChangeFeed } from '@app/database';

/** `project.published`: staff created a project. */
export interface ProjectPublished {
  projectId: string;
  createdById: string;
}

/** A project (or its requirement rows) was created or edited. */
export interface ProjectChanged {
  projectId: string;
}

/** The change-feed kind of project changes. */
export const PROJECT_CHANGE = 'project';

/**
 * Project lifecycle events for features this lib must not depend on (matching notices,
 * notifications). Emitted only after the transaction committed, so listeners read the new rows.
 *
 * - `published$` is a one-time side effect (notices, e-mails): it fires only on the instance that
 *   created the project, never on the others (or every instance would notify);
 * - `changed$` is for caches: it fires on create and edit on every instance (another instance's
 *   change arrives through the ChangeFeed); `resync$` means "reload every project" (the feed
 *   reconnected and may have missed changes).
 */
@Injectable()
export class ProjectEvents {
  private readonly published = new Subject<ProjectPublished>();
  private readonly changes = new Subject<ProjectChanged>();
  private readonly resyncs = new Subject<void>();
  readonly published$: Observable<ProjectPublished> = this.published.asObservable();
  readonly changed$: Observable<ProjectChanged> = this.changes.asObservable();
  readonly resync$: Observable<void> = this.resyncs.asObservable();

  constructor(@Optional() private readonly feed?: ChangeFeed) {
    feed?.subscribe(PROJECT_CHANGE, (projectId) => this.changes.next({ projectId }));
    feed?.onResync(PROJECT_CHANGE, () => this.resyncs.next());
  }

  emitPublished(event: ProjectPublished): void {
    this.published.next(event);
    this.emitChanged(event.projectId);
  }

  emitChanged(projectId: string): void {
    this.changes.next({ projectId });
    void this.feed?.publish(PROJECT_CHANGE, projectId);
  }
}
