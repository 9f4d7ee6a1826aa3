import os from 'node:os';

/** The machine's 1-, 5- and 15-minute load averages as benchmark reports print them: "1.04, 1.29, 2.04". */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}
