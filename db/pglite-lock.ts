import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite takes no lock on its data directory, and a second process that opens it silently
 * loses writes. Every process that opens the embedded database holds this lock file first.
 */
type LockHolder = { pid: number; bootId: string; command: string; since: string };

export class DatabaseInUseError extends Error {
  constructor(dataDir: string, holder: LockHolder) {
    super(
      [
        `The embedded database in ${dataDir} is in use by another process (pid ${holder.pid}: ${holder.command}, since ${holder.since}).`,
        'PGlite can only be opened by one process at a time.',
        'Stop that process and try again, or set DATABASE_URL to use PostgreSQL.',
        'While the app runs, import legacy pages from /workspace/admin/import.',
      ].join('\n'),
    );
    this.name = 'DatabaseInUseError';
  }
}

export function lockPathFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
}

function currentBootId(): string {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return os.hostname();
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.bootId !== currentBootId()) return false; // a pid from before a reboot means nothing
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the lock for this process or throws DatabaseInUseError; released when the process exits. */
export function acquireDataDirLock(dataDir: string): void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = lockPathFor(dataDir);
  const me: LockHolder = {
    pid: process.pid,
    bootId: currentBootId(),
    command:
      process.argv
        .slice(1)
        .map((arg) => path.basename(arg))
        .join(' ') || 'node',
    since: new Date().toISOString(),
  };
  const holder = readHolder(lockPath);
  if (holder && holder.pid !== process.pid && isAlive(holder)) throw new DatabaseInUseError(dataDir, holder);
  if (holder) fs.rmSync(lockPath, { force: true });
  try {
    fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
  } catch (error) {
    // Another process took the stale lock between our read and our write.
    const winner = readHolder(lockPath);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && winner) throw new DatabaseInUseError(dataDir, winner);
    throw error;
  }
  process.once('exit', () => releaseDataDirLock(dataDir));
}

export function releaseDataDirLock(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
