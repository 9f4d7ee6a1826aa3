/**
 * The test SMTP sink (test/smtp-sink.ts) as a process of its own, for benchmarks: it counts what
 * arrives without parsing bodies, and only messages to addresses ending in SINK_COUNT_SUFFIX (all
 * without it): the benchmark's readers, not the notification e-mails its publishes cause. Talks to its parent over IPC: sends `{ port }` once listening;
 * answers `stats` with the messages received, the distinct Message-IDs and when the last arrived;
 * `reset` starts the counts over.
 */
import { startSmtpSink } from '@/test/smtp-sink';

const sink = await startSmtpSink({ parse: false });
let lastAt = 0;
let counted = 0;
const suffix = process.env.SINK_COUNT_SUFFIX ?? '';
const seen = new Map<string, number>();

function count() {
  for (; counted < sink.received.length; counted += 1) {
    const mail = sink.received[counted]!;
    if (!mail.to.some((address) => address.endsWith(suffix))) continue;
    const id = mail.messageId;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    lastAt = Date.now();
  }
}

process.on('message', (message: string) => {
  count();
  if (message === 'reset') {
    sink.received.length = 0;
    counted = 0;
    seen.clear();
    lastAt = 0;
    return;
  }
  if (message === 'stats')
    process.send!({
      received: [...seen.values()].reduce((sum, times) => sum + times, 0),
      distinct: seen.size,
      duplicated: [...seen.values()].filter((times) => times > 1).length,
      lastAt,
    });
});
process.on('disconnect', () => void sink.close().then(() => process.exit(0)));
process.send!({ port: sink.port });
