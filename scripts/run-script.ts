import { DatabaseInUseError } from '@/db/pglite-lock';

/** Runs a CLI's body, turning the errors a user can act on into a message and exit code 1. */
export async function runScript(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
