// Plain JavaScript, read by the server in front of Next (scripts/serve.mjs) before Next parses a body.

const MB = 1024 * 1024;

/**
 * The most a request body may hold, by path. Server actions (POST to a page) get Next's own default
 * of 1 MB, every one of them; the API routes with bodies count bytes themselves as they read
 * (lib/http/bounded-body.ts), refuse more than their limit with the code their form shows, and are
 * only capped here.
 */
const LIMITS = [
  // Legacy dumps: 20 MB of files (UPLOAD_LIMITS) and the multipart framing.
  { path: /^\/api\/import\/?$/, bytes: 32 * MB, streams: true },
  // The picker's upload and a replacement image (MAX_MEDIA_BYTES, 15 MB).
  { path: /^\/api\/media(\/[^/]+\/file)?\/?$/, bytes: 32 * MB, streams: true },
  { path: /^\/api\/(releases|pages)\/[^/]+\/draft\/?$/, bytes: 2 * MB, streams: true },
  // A CSV file of media contacts: the route refuses more than 5 MB itself, with the code the import
  // form shows; this only caps it, above what a mistaken upload (a 10 MB export) would send.
  { path: /^\/api\/media-contacts\/import\/?$/, bytes: 16 * MB, streams: true },
];
export const DEFAULT_BODY_LIMIT = MB;

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request must be refused before its body is read, or null: 413 when it announces more than
 * its path takes, 411 when it sends a body of unannounced length (chunked) where the handler does
 * not count bytes itself. Browsers announce the length of every form and fetch body.
 */
export function bodyRefusal(method, pathname, headers) {
  if (WITHOUT_BODY.has(String(method).toUpperCase())) return null;
  const rule = LIMITS.find((candidate) => candidate.path.test(pathname));
  const limit = rule?.bytes ?? DEFAULT_BODY_LIMIT;
  const declared = headers['content-length'];
  if (declared !== undefined) return Number(declared) > limit ? { status: 413, limit } : null;
  if (headers['transfer-encoding'] && !rule?.streams) return { status: 411, limit };
  return null;
}

/**
 * Next's image optimizer fetches the `url` it is given from this very server. A `url` that is not a
 * plain path of ours, once decoded (`%2e%2e%2f`, `..\`, `//host`), is refused here with 400.
 */
export function imageRequestRefusal(pathname, searchParams) {
  if (pathname !== '/_next/image') return null;
  const url = searchParams.get('url');
  if (url === null) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return { status: 400 };
  }
  const path = decoded.split(/[?#]/)[0];
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\') || /(^|\/)\.\.?(\/|$)/.test(path))
    return { status: 400 };
  return null;
}

/**
 * A path no page can have: a broken percent-escape (`/%E0%A4%A`), on which Next fails while
 * decoding its parameters, or a control character once decoded (`/fr/news/%00`), which no
 * database text may hold. The server sends such a request to a path that answers the portal's 404.
 */
export function isUnreadablePath(pathname) {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

/** Where an unreadable path is sent: no page has it, and the portal answers it with its own 404 in the visitor's language. */
export const NO_PAGE_PATH = '/-';
