import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/** `project.published`: staff created a project. */
export interface ProjectPublished {
  projectId: string;
  createdById: string;
}

/**
 * Project lifecycle events for features this lib must not depend on (matching notices,
 * notifications). Emitted only after the transaction committed, so listeners read the new rows.
 */
@Injectable()
export class ProjectEvents {
  private readonly published = new Subject<ProjectPublished>();
  readonly published$: Observable<ProjectPublished> = this.published.asObservable();

  emitPublished(event: ProjectPublished): void {
    this.published.next(event);
  }
}
