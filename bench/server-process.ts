// Reads the `next start` process of a benchmark from /proc (its CPU time and its resident memory)
// and keeps it on a CPU of its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The app's server process under the spawned launcher: `node scripts/serve.mjs` (Next inside it), or `next-server`. */
export function serverPid(launcherPid: number): number {
  const children = (pid: number) =>
    execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  const queue = [launcherPid];
  while (queue.length) {
    const pid = queue.shift()!;
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (args[0]!.startsWith('next-server') || args.includes('scripts/serve.mjs')) return pid;
    try {
      queue.push(...children(pid));
    } catch {
      // no children
    }
  }
  throw new Error('the app server process was not found');
}

/** User plus system CPU time of a process, in milliseconds (USER_HZ is 100 on Linux). */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident set size of a process, in MB. */
export function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** Samples a process's RSS every `everyMs` until stopped; answers the peak and the mean, in MB. */
export function sampleRss(
  pid: number,
  everyMs = 250,
): { stop: () => { peakMb: number; meanMb: number; samples: number } } {
  const samples = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(rssMb(pid));
      const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
      return { peakMb: Math.round(Math.max(...samples)), meanMb: Math.round(mean), samples: samples.length };
    },
  };
}

/** Keeps a process and all its threads on one CPU, with util-linux's `taskset`. */
export function pinToCpu(pid: number, cpu: number): void {
  execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(cpu), String(pid)], { stdio: 'ignore' });
}
