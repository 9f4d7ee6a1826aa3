import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from './report';

// The CLI as `npm run import` starts it: lib/dal's `server-only` resolves to an empty module outside Next.
const IMPORT = [
  process.execPath,
  ['--import', 'tsx', '--import', './scripts/server-only-outside-next.mjs', 'scripts/import.ts'],
] as const;
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

let workDir: string;
let dataDir: string;
const env = () => ({ ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir });
const runImport = (...args: string[]) =>
  spawnSync(IMPORT[0], [...IMPORT[1], ...args], { env: env(), encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-import-'));
  dataDir = path.join(workDir, 'pglite');
  const migrated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
    env: env(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(migrated.status).toBe(0);
  for (const name of ['fr-page-about.txt', 'empty.txt', 'no-title.txt']) {
    fs.mkdirSync(path.join(workDir, 'dumps'), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, name), path.join(workDir, 'dumps', name));
  }
}, 120_000);

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

// Each case starts one or two Node processes that open PGlite: slow on a busy machine, hence the long timeouts.
describe('npm run import', { timeout: 120_000 }, () => {
  it('imports a folder, prints one plain line per file when not on a terminal, and ends with the report', () => {
    const reportFile = path.join(workDir, 'report.json');
    const result = runImport(path.join(workDir, 'dumps'), '--report', reportFile);
    expect(result.stderr).toContain('[3/3]');
    expect(result.stderr).toMatch(/imported fr-page-about\.txt/);
    expect(result.stdout).toContain('1 imported, 0 updated, 0 unchanged, 1 skipped, 1 failed; 1 to review');
    // The drafts to review come first, each with what to check and where to open it.
    const lines = result.stdout.split('\n');
    expect(lines[1]).toBe('Needs review (imported as drafts):');
    expect(lines[2]).toMatch(/^ {2}review {2}fr-page-about\.txt “.+” \/workspace\/pages\/[0-9a-f-]{36}$/);
    expect(lines[3]).toBe('          - no title line: the title was taken from the first sentence');
    expect(result.stdout).toContain('no-title.txt: neither the contact block nor the dateline names a known office');
    expect(result.status).toBe(1); // a failed file makes the run fail, after the others were stored
    // The portal's refresh is a job, as a publish's is: the running app's worker applies it.
    expect(result.stdout).toMatch(/Portal refresh queued for \d+ cache tags/);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ImportReport;
    expect(report.counts).toEqual({ imported: 1, updated: 0, unchanged: 0, skipped: 1, failed: 1, needsReview: 1 });
  });

  it('changes nothing the second time', () => {
    const result = runImport(path.join(workDir, 'dumps', 'fr-page-about.txt'));
    expect(result.stdout).toContain('0 imported, 0 updated, 1 unchanged, 0 skipped, 0 failed');
    expect(result.stdout).not.toContain('Portal refresh queued');
    expect(result.status).toBe(0);
  });

  it('writes nothing with --dry-run', () => {
    const result = runImport(path.join(FIXTURES, 'en-page-titled.txt'), '--dry-run');
    expect(result.stdout).toContain('Dry run (nothing written): 1 imported');
    expect(runImport(path.join(FIXTURES, 'en-page-titled.txt')).stdout).toContain('1 imported, 0 updated, 0 unchanged');
  });

  it('refuses a file over the size limit with a clear message, and imports the rest', () => {
    const big = path.join(workDir, 'huge.txt');
    fs.writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 'a'));
    const result = runImport(big, path.join(FIXTURES, 'en-release.txt'), '--office', 'nowhere');
    expect(result.stderr).toContain(`Refused ${big}: over 2 MB, too large for a saved page.`);
    expect(result.stdout).toContain('huge.txt: the file is larger than a saved page can be (2 MB)');
  });

  it('explains its usage when given no file', () => {
    const result = runImport();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run import');
  });

  it('refuses cleanly while the app holds the embedded database', async () => {
    const holder: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/hold-database.ts'], {
      env: env(),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        holder.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
      });
      const result = runImport(path.join(FIXTURES, 'en-page-titled.txt'));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`is in use by another process (pid ${holder.pid}`);
      expect(result.stderr).toContain('/workspace/admin/import');
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } finally {
      const exited = new Promise((resolve) => holder.on('exit', resolve));
      holder.stdin!.end();
      await exited;
    }
  });
});
