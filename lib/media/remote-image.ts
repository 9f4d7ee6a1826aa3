import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from '@/lib/http/public-address';
import { MAX_MEDIA_BYTES } from './limits';

export type RemoteImageRefusal =
  | 'invalid_url'
  | 'blocked_address'
  | 'unreachable'
  | 'timeout'
  | 'too_many_redirects'
  | 'http_error'
  | 'not_an_image'
  | 'too_large';

export type RemoteImage = { ok: true; bytes: Uint8Array; name: string } | { ok: false; reason: RemoteImageRefusal };

export type RemoteImageOptions = {
  /** Every address a host name has; the default asks the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
  /**
   * `host:port` pairs fetched even though they are not public. Only tests use it, with a local
   * server (MEDIA_IMPORT_ALLOW_HOSTS, read by `importAllowance()`); it is empty otherwise.
   */
  allowHosts?: ReadonlySet<string>;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

const systemResolve = async (hostname: string) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The hosts MEDIA_IMPORT_ALLOW_HOSTS lists (comma-separated `host:port`): the end-to-end suite's
 * local image server. Never set it in production: it lets the server fetch from those addresses.
 */
export function importAllowance(value = process.env.MEDIA_IMPORT_ALLOW_HOSTS): ReadonlySet<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  );
}

const hostKey = (url: URL) => `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;

/** The URL if it is one the server may fetch at all: http or https, no credentials, a host. */
export function parseImportUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  return url;
}

/**
 * The addresses to connect to for this URL, each of them public (or the host allowed), else a
 * refusal. The URL parser has already turned decimal, octal and hexadecimal hosts into dotted form.
 */
export async function addressesFor(
  url: URL,
  { resolve = systemResolve, allowHosts = new Set() }: Pick<RemoteImageOptions, 'resolve' | 'allowHosts'> = {},
): Promise<string[] | 'blocked_address' | 'unreachable'> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return 'unreachable';
    }
  }
  if (addresses.length === 0) return 'unreachable';
  if (allowHosts.has(hostKey(url))) return addresses;
  return addresses.every(isPublicAddress) ? addresses : 'blocked_address';
}

class Refused extends Error {
  constructor(readonly reason: RemoteImageRefusal) {
    super(reason);
  }
}

/**
 * Fetches a picture a writer pasted from another site, for the media library to check and keep.
 * Only http and https; every address a host resolves to must be public, and the connection goes to
 * exactly those checked addresses (no second lookup to rebind). Redirects are followed by hand,
 * each checked the same way, at most `maxRedirects`. The whole fetch has one deadline, the body is
 * cut off past `maxBytes`, and a response that says it is not an image is refused before its body.
 */
export async function fetchRemoteImage(text: string, options: RemoteImageOptions = {}): Promise<RemoteImage> {
  const { timeoutMs = 10_000, maxBytes = MAX_MEDIA_BYTES, maxRedirects = 3 } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = parseImportUrl(text);
    if (!url) return { ok: false, reason: 'invalid_url' };
    for (let redirects = 0; ; redirects++) {
      const addresses = await addressesFor(url, options);
      if (typeof addresses === 'string') return { ok: false, reason: addresses };
      const response = await request(url, addresses, controller.signal);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.destroy();
        if (redirects >= maxRedirects) return { ok: false, reason: 'too_many_redirects' };
        const next = parseImportUrl(new URL(location, url).href);
        if (!next) return { ok: false, reason: 'invalid_url' };
        url = next;
        continue;
      }
      if (response.statusCode !== 200) {
        response.destroy();
        return { ok: false, reason: 'http_error' };
      }
      const type = response.headers['content-type'] ?? '';
      // The bytes decide the type later (processImage); a page or a script is refused before its body.
      if (type && !/^(image\/|application\/octet-stream)/i.test(type)) {
        response.destroy();
        return { ok: false, reason: 'not_an_image' };
      }
      if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
        response.destroy();
        return { ok: false, reason: 'too_large' };
      }
      const bytes = await readBounded(response, maxBytes);
      const name = decodeURIComponent(url.pathname.split('/').pop() ?? '').slice(0, 255) || 'image';
      return { ok: true, bytes, name };
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

function request(url: URL, addresses: string[], signal: AbortSignal): Promise<IncomingMessage> {
  // Connects to the addresses checked above, whatever the resolver would answer now.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const entries = addresses.map((address) => ({ address, family: isIP(address) }));
    if (options.all) (callback as (e: null, a: typeof entries) => void)(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(url, {
      method: 'GET',
      lookup: pinned,
      signal,
      headers: { accept: 'image/webp,image/png,image/jpeg,image/*;q=0.8', 'user-agent': 'Communique-media-import' },
    });
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function readBounded(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.destroy();
      throw new Refused('too_large');
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
