export async function register() {
  // Loaded only in the Node.js runtime: the start-up work uses the database and process APIs.
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('@/lib/server-start')).startServer();
}
