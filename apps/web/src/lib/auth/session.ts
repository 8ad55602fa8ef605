import { useSyncExternalStore } from 'react';
import type { User } from '../api/types';

/**
 * The signed-in session. The access token lives in memory only (never in
 * localStorage); the refresh token is an httpOnly cookie the browser sends to
 * `/api/auth/refresh` by itself.
 */
export type SessionState =
  | { status: 'loading'; accessToken: null; user: null }
  | { status: 'anonymous'; accessToken: null; user: null }
  | { status: 'authenticated'; accessToken: string; user: User };

type Listener = () => void;

let state: SessionState = { status: 'loading', accessToken: null, user: null };
const listeners = new Set<Listener>();

function emit(next: SessionState) {
  state = next;
  listeners.forEach((l) => l());
}

export const sessionStore = {
  get: (): SessionState => state,
  getAccessToken: (): string | null => state.accessToken,
  // An arrow function: React calls it unbound (useSyncExternalStore).
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setSession(accessToken: string, user: User) {
    emit({ status: 'authenticated', accessToken, user });
  },
  setUser(user: User) {
    if (state.status === 'authenticated') emit({ ...state, user });
  },
  clear() {
    emit({ status: 'anonymous', accessToken: null, user: null });
  },
  /** Test helper: back to the initial "restoring" state. */
  reset() {
    emit({ status: 'loading', accessToken: null, user: null });
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}
