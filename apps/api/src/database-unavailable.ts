/**
 * True when an error means the database cannot be reached or just dropped the connection (it is down,
 * restarting, refusing connections, or the pool could not hand out a connection in time), as opposed
 * to a query that failed on a healthy database. The API answers these with 503 so clients retry.
 */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006', // connection exceptions
  '57P01',
  '57P02',
  '57P03', // admin/crash shutdown, cannot connect now (starting up or shutting down)
  '53300', // too many connections
]);

// node-postgres raises these without a code.
const MESSAGES = [
  /^Connection terminated/i, // "… unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /is not currently accepting connections/i, // 55000 while ALLOW_CONNECTIONS is false
];

/** What pg, TypeORM and Node put on their errors; each layer may wrap the one below. */
interface DriverErrorLike {
  code?: unknown;
  severity?: unknown;
  message?: unknown;
  driverError?: DriverErrorLike;
  cause?: DriverErrorLike;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection dies (e.g. the server restarts
  // between the last statement and COMMIT); the COMMIT is then never sent, so nothing was written.
  if ((error as Error)?.name === 'QueryRunnerAlreadyReleasedError') return true;
  for (
    let e = error as DriverErrorLike | undefined, depth = 0;
    e && depth < 3;
    e = e.driverError ?? e.cause, depth++
  ) {
    if (CODES.has(String(e.code))) return true;
    // A FATAL error from the server always ends the session: the connection, not the query, failed.
    if (e.severity === 'FATAL') return true;
    const message = e.message;
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}
