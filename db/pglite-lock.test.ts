import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DatabaseInUseError, lockPathFor, releaseDataDirLock } from './pglite-lock';

// tsx's own CLI forks a child; loading it as a hook keeps one pid per process.
const node = (script: string) => [process.execPath, ['--import', 'tsx', script]] as const;
const tempDirs: string[] = [];
const children: ChildProcess[] = [];

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-lock-'));
  tempDirs.push(dir);
  return path.join(dir, 'pglite');
}

function runMigrate(dataDir: string) {
  return spawnSync(...node('scripts/migrate.ts'), {
    env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Starts a process that opens the database and holds it, like a running app server. */
async function holdDatabase(dataDir: string): Promise<ChildProcess> {
  const child = spawn(...node('test/hold-database.ts'), {
    env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
  });
  return child;
}

async function release(child: ChildProcess) {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.stdin!.end();
  await exited;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Each case starts Node.js processes that open PGlite: seconds each, more on a busy machine.
describe('the embedded database has exactly one owner', { timeout: 120_000 }, () => {
  it('stops a second process with a message naming the owner and the ways out', async () => {
    const dataDir = tempDataDir();
    const owner = await holdDatabase(dataDir);

    const second = runMigrate(dataDir);

    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`is in use by another process (pid ${owner.pid}`);
    expect(second.stderr).toContain('DATABASE_URL');
    await release(owner);
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it('lets the next process in once the owner has stopped', async () => {
    const dataDir = tempDataDir();
    await release(await holdDatabase(dataDir));

    const next = runMigrate(dataDir);

    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
  });

  it('takes over a lock left behind by a process that died', () => {
    const dataDir = tempDataDir();
    const dead = spawnSync('true').pid;
    fs.writeFileSync(
      lockPathFor(dataDir),
      JSON.stringify({ pid: dead, bootId: readBootId(), command: 'next start', since: '' }),
    );

    acquireDataDirLock(dataDir);

    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8')).pid).toBe(process.pid);
    releaseDataDirLock(dataDir);
  });

  it('refuses in-process when a live process holds the lock', async () => {
    const dataDir = tempDataDir();
    await holdDatabase(dataDir);

    expect(() => acquireDataDirLock(dataDir)).toThrow(DatabaseInUseError);
  });
});

function readBootId(): string {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return os.hostname();
  }
}
