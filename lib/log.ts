import pino from 'pino';

/** Structured logs on stdout, one JSON object per line (LOG_LEVEL: debug, info, warn, error). */
export const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'communique' } });
