import { connection } from 'next/server';
import { checkDatabase, checkRedis } from '@/lib/dal/health';
import { log } from '@/lib/log';

/**
 * For load balancers: 503 while a dependency this instance is configured with is down. Anyone may
 * ask, so the answer says up or down and nothing more; why a dependency is down (its error, which
 * can name hosts and users) goes to the log.
 */
export async function GET() {
  await connection();
  const [database, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  const status = database.status === 'up' && redis.status !== 'down' ? 'ok' : 'degraded';
  if (status !== 'ok') log.warn({ database, redis }, 'health check: a dependency is down');
  return Response.json(
    { status, database: { status: database.status }, redis: { status: redis.status } },
    { status: status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
