import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

export interface FirmChanged {
  firmId: string;
}

/**
 * Announces that a firm's matching-relevant data (profile, capabilities, solutions, track
 * records, verification) changed. Services emit only after their transaction committed, so a
 * listener that re-reads the firm sees the new state.
 */
@Injectable()
export class FirmEvents {
  private readonly changes = new Subject<FirmChanged>();
  readonly changed$: Observable<FirmChanged> = this.changes.asObservable();

  emit(firmId: string): void {
    this.changes.next({ firmId });
  }
}
