export declare const DEFAULT_BODY_LIMIT: number;
export declare function bodyRefusal(
  method: string,
  pathname: string,
  headers: Record<string, string | string[] | undefined>,
): { status: 411 | 413; limit: number } | null;
export declare function imageRequestRefusal(pathname: string, searchParams: URLSearchParams): { status: 400 } | null;
export declare function isUnreadablePath(pathname: string): boolean;
export declare const NO_PAGE_PATH: string;
