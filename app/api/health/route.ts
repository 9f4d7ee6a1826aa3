import { connection } from 'next/server';
import { checkDatabase, checkRedis } from '@/lib/dal/health';

/** For load balancers: 503 while a dependency this instance is configured with is down. */
export async function GET() {
  await connection();
  const [database, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  const status = database.status === 'up' && redis.status !== 'down' ? 'ok' : 'degraded';
  return Response.json(
    { status, database, redis, checkedAt: new Date().toISOString() },
    { status: status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
