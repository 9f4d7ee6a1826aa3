type PortalEntry = { kind?: string; status?: number; headers?: Record<string, unknown> } & Record<string, unknown>;

export declare const EXPIRE_TAGS_HOOK: unique symbol;

export declare function completePortalEntry<Entry extends PortalEntry | null | undefined>(
  value: Entry,
  options: { edge: boolean },
): Entry;

type HandlerClass = abstract new (...args: never[]) => { set(key: string, value: never, ctx: never): unknown };

export declare function withPortalEntries<Base extends HandlerClass>(Handler: Base, options?: { edge?: boolean }): Base;
