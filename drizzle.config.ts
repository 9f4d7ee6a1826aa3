import { defineConfig } from 'drizzle-kit';

// Generation only diffs the TypeScript schema against the committed snapshots; it never connects.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
