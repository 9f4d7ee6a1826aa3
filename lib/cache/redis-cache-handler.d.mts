import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export declare const REDIS_TIMEOUT_MS: number;

type WarnLogger = { warn: (details: object, message: string) => void };

export declare function missOnFailure(handler: Handler, options?: { timeoutMs?: number; logger?: WarnLogger }): Handler;

type Entry = Parameters<Handler['set']>[1];

export declare function withRouteTags(entry: Entry): Entry;

type TagClient = { isReady: boolean; hSet: (key: string, fields: Record<string, string>) => Promise<unknown> };

export declare function expireTags(client: TagClient, keyPrefix: string, tags: string[], now?: number): Promise<void>;

export declare const EXPIRE_TAGS_HOOK: unique symbol;

export declare const NEAR_CACHE_BYTES: number;

export declare function entrySize(entry: Entry): number;

type VersionClient = {
  hmGet: (key: string, fields: string[]) => Promise<(string | null)[]>;
  hSet: (key: string, field: string, value: string) => Promise<unknown>;
  hDel: (key: string, field: string) => Promise<unknown>;
};

export declare function withNearCache(
  handler: Handler,
  options: { client: VersionClient; keyPrefix: string; maxBytes?: number },
): Handler;
