export declare function edgePurgeUrls(env?: Record<string, string | undefined>): string[];

export declare function tagsOfHeader(header: unknown): string[];

export declare function statusOfTags(tags: string[]): number | undefined;

export declare function surrogateKeysOf(tags: string[]): string[];

export declare function surrogateKeyHeaders(
  keys: string[],
): Partial<Record<'xkey' | 'surrogate-key' | 'cache-tag', string>>;
