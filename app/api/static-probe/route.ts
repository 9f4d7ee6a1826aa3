// The trivial static route the throughput benchmark (bench/throughput.mjs) compares cached pages with.
export const dynamic = 'force-static';

export function GET() {
  return new Response('ok', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
