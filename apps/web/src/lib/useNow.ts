import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;

// The clock as an external store: reading the time is not pure, so components read it through
// React (which keeps one render consistent) instead of calling Date.now() while rendering.
const nowToTheMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;
const subscribe = (onTick: () => void) => {
  const timer = setInterval(onTick, MINUTE / 4);
  return () => clearInterval(timer);
};

/**
 * The current time (ms, to the minute). Components using it render again when the minute changes,
 * so "in 5 minutes" or "expires in 2 days" stay true on a page left open.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, nowToTheMinute, nowToTheMinute);
}
