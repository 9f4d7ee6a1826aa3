export declare const PEER_HEADER: string;
export declare const PEER_HEADER_MARK: string;
export declare const FORWARDING_HEADERS: string[];
export type TrustedProxies = { has(address: string | undefined): boolean };
export declare function normalizeAddress(address: string | undefined | null): string;
export declare function trustedProxies(value?: string): TrustedProxies;
export declare function clientAddress(
  peer: string | undefined | null,
  forwardedFor: string | undefined | null,
  trusted?: TrustedProxies,
): string;
export declare function sanitizeForwarding(
  headers: Record<string, string | string[] | undefined>,
  peer: string | undefined,
  trusted?: TrustedProxies,
): Record<string, string | string[] | undefined>;
