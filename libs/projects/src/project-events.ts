import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/** `project.published`: staff created a project. */
export interface ProjectPublished {
  projectId: string;
  createdById: string;
}

/** A project (or its requirement rows) was created or edited. */
export interface ProjectChanged {
  projectId: string;
}

/**
 * Project lifecycle events for features this lib must not depend on (matching notices,
 * notifications). Emitted only after the transaction committed, so listeners read the new rows.
 *
 * - `published$` is a one-time side effect (notices, e-mails);
 * - `changed$` is for caches: it fires on create and edit; `resync$` means "reload every project"
 *   (the cross-instance change feed, when it exists, may have missed changes).
 */
@Injectable()
export class ProjectEvents {
  private readonly published = new Subject<ProjectPublished>();
  private readonly changes = new Subject<ProjectChanged>();
  private readonly resyncs = new Subject<void>();
  readonly published$: Observable<ProjectPublished> = this.published.asObservable();
  readonly changed$: Observable<ProjectChanged> = this.changes.asObservable();
  readonly resync$: Observable<void> = this.resyncs.asObservable();

  emitPublished(event: ProjectPublished): void {
    this.published.next(event);
    this.emitChanged(event.projectId);
  }

  emitChanged(projectId: string): void {
    this.changes.next({ projectId });
  }
}
