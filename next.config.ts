import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from disk.
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'postgres', 'pino', 'happy-dom'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
