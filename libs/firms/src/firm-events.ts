import { Injectable, Optional } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';
import { ChangeFeed } from '@app/database';

export interface FirmChanged {
  firmId: string;
}

/** The change-feed kind of firm changes. */
export const FIRM_CHANGE = 'firm';

/**
 * Announces that a firm's matching-relevant data (profile, capabilities, solutions, track
 * records, verification) changed. Services emit only after their transaction committed, so a
 * listener that re-reads the firm sees the new state.
 *
 * Across instances: `emit` also publishes on the ChangeFeed, and another instance's change is
 * emitted here as if it were local, so every per-process cache listening to `changed$` stays
 * current on every instance. `resync$` fires when changes may have been missed (the feed
 * reconnected): listeners reload everything.
 */
@Injectable()
export class FirmEvents {
  private readonly changes = new Subject<FirmChanged>();
  private readonly resyncs = new Subject<void>();
  readonly changed$: Observable<FirmChanged> = this.changes.asObservable();
  readonly resync$: Observable<void> = this.resyncs.asObservable();

  constructor(@Optional() private readonly feed?: ChangeFeed) {
    feed?.subscribe(FIRM_CHANGE, (firmId) => this.changes.next({ firmId }));
    feed?.onResync(FIRM_CHANGE, () => this.resyncs.next());
  }

  emit(firmId: string): void {
    this.changes.next({ firmId });
    void this.feed?.publish(FIRM_CHANGE, firmId);
  }
}
