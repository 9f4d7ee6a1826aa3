import { afterAll } from 'vitest';
import { disposeTestDatabase } from './database';

// Every test file gets its own database (test/database.ts): never the developer's ./.data
// nor a DATABASE_URL from the shell.
delete process.env.DATABASE_URL;
process.env.PGLITE_DATA_DIR = 'memory://';

afterAll(disposeTestDatabase);
