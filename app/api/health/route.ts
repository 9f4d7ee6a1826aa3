import { connection } from 'next/server';
import { checkDatabase } from '@/lib/dal/health';

export async function GET() {
  await connection();
  const database = await checkDatabase();
  const status = database.status === 'up' ? 'ok' : 'degraded';
  return Response.json(
    { status, database, checkedAt: new Date().toISOString() },
    { status: status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
