// The HTTP server in front of Next, for `npm start` and `npm run dev`: Next gives route handlers
// and server actions no access to the socket, so this server writes the peer's address into a
// header of its own (lib/http/forwarded.mjs) after dropping forwarding headers (X-Forwarded-For,
// X-Forwarded-Host, Forwarded…) that did not come from one of TRUSTED_PROXIES, and refuses bodies
// over their path's limit before Next reads them (lib/http/request-limits.mjs). It is the place for
// anything else that needs the socket or must happen before Next.
//
//   node scripts/serve.mjs [--dev] [--port N] [--hostname H]    (PORT and HOSTNAME work too)
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { sanitizeForwarding, trustedProxies } from '../lib/http/forwarded.mjs';
import { bodyRefusal, imageRequestRefusal, isUnreadablePath, NO_PAGE_PATH } from '../lib/http/request-limits.mjs';

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
    hostname: { type: 'string', short: 'H', default: process.env.HOSTNAME },
  },
});
const port = Number(values.port);
const hostname = values.hostname;
const dev = values.dev;
if (!dev) process.env.NODE_ENV ??= 'production';

// Read once: a mistake in TRUSTED_PROXIES stops the server instead of trusting the wrong peer.
const trusted = trustedProxies();
const app = next({ dev, hostname: hostname ?? 'localhost', port, turbopack: dev });
const handle = app.getRequestHandler();
await app.prepare();
const upgrade = app.getUpgradeHandler();

const REASONS = { 400: 'Bad request', 411: 'Length required', 413: 'Request body too large' };
/** Past this much of a refused body, the connection is cut instead of read to its end. */
const LARGEST_DRAINED_BODY = 8 * 1024 * 1024;
function refuse(request, response, status) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  response.end(`${REASONS[status]}\n`);
  // Nothing of the body is kept, but what the client is still sending is read and dropped (up to a
  // bound), so that it gets the answer rather than a connection reset halfway through its upload.
  let drained = 0;
  request.on('data', (chunk) => {
    drained += chunk.length;
    if (drained > LARGEST_DRAINED_BODY) request.destroy();
  });
  request.resume();
}

const server = http.createServer((request, response) => {
  sanitizeForwarding(request.headers, request.socket.remoteAddress, trusted);
  // A body over its path's limit is refused before anyone reads it (server actions included).
  let url;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return refuse(request, response, 400);
  }
  const refusal =
    bodyRefusal(request.method, url.pathname, request.headers) ?? imageRequestRefusal(url.pathname, url.searchParams);
  if (refusal) return refuse(request, response, refusal.status);
  if (isUnreadablePath(url.pathname)) request.url = NO_PAGE_PATH;
  handle(request, response);
});
server.on('upgrade', (request, socket, head) => {
  sanitizeForwarding(request.headers, request.socket.remoteAddress, trusted);
  upgrade(request, socket, head);
});
server.listen(port, hostname, () => {
  console.log(`▲ Communiqué ${dev ? 'dev' : 'production'} server on http://${hostname ?? 'localhost'}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close();
    app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
