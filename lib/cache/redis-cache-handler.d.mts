import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export declare const REDIS_TIMEOUT_MS: number;

type WarnLogger = { warn: (details: object, message: string) => void };

export declare function missOnFailure(handler: Handler, options?: { timeoutMs?: number; logger?: WarnLogger }): Handler;

type Entry = Parameters<Handler['set']>[1];

export declare function withRouteTags(entry: Entry): Entry;
