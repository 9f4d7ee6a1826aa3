// Plain JavaScript, read by the server in front of Next (scripts/serve.mjs) before Next parses a body.

const MB = 1024 * 1024;

/**
 * The most a request body may hold, by path. Server actions (POST to a page) get Next's own default
 * of 1 MB, except the two forms that upload files; the API routes with bodies count bytes
 * themselves as they read (lib/http/bounded-body.ts) and are only capped here.
 */
const LIMITS = [
  // Legacy dumps: 20 MB of files (UPLOAD_LIMITS) and the multipart framing.
  { path: /^\/workspace\/admin\/import\/?$/, bytes: 21 * MB },
  // A replacement image (MAX_MEDIA_BYTES, 15 MB) on the image's page, and the picker's upload.
  { path: /^\/workspace\/media\/[^/]+\/?$/, bytes: 16 * MB },
  { path: /^\/api\/media\/?$/, bytes: 16 * MB, streams: true },
  { path: /^\/api\/(releases|pages)\/[^/]+\/draft\/?$/, bytes: 2 * MB, streams: true },
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
