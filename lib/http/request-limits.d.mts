export declare const DEFAULT_BODY_LIMIT: number;
export declare function bodyRefusal(
  method: string,
  pathname: string,
  headers: Record<string, string | string[] | undefined>,
): { status: 411 | 413; limit: number } | null;
