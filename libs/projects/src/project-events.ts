import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/** `project.published`: staff created a project. */
export interface ProjectPublished {
  projectId: string;
  createdById: string;
}

/** `project.changed`: staff saved changes to a project. */
export interface ProjectChanged {
  projectId: string;
}

/**
 * Project lifecycle events for features this lib must not depend on (matching notices,
 * notifications). Emitted only after the transaction committed, so listeners read the new rows.
 */
@Injectable()
export class ProjectEvents {
  private readonly published = new Subject<ProjectPublished>();
  readonly published$: Observable<ProjectPublished> = this.published.asObservable();

  private readonly changed = new Subject<ProjectChanged>();
  readonly changed$: Observable<ProjectChanged> = this.changed.asObservable();

  emitPublished(event: ProjectPublished): void {
    this.published.next(event);
  }

  emitChanged(event: ProjectChanged): void {
    this.changed.next(event);
  }
}
