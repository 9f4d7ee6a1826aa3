import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** What the sink answers a recipient: take the message, refuse it now (4xx) or for good (5xx), or never answer. */
export type SinkAnswer = 'accept' | 'temporary' | 'permanent' | 'hang';

export type ReceivedMail = {
  /** The envelope's recipients (RCPT TO), lowercased. */
  to: string[];
  raw: string;
  messageId: string;
  /** The message as a mail client reads it (absent when the sink was told not to parse). */
  parsed?: ParsedMail;
};

export type SmtpSink = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** How the sink answers each recipient from now on (default: accepts everyone). */
  answer: (how: (recipient: string) => SinkAnswer) => void;
  /** Connections whose answer the sink is holding (for `hang`). */
  hanging: () => number;
  close: () => Promise<void>;
};

const MESSAGE_ID = /^message-id:\s*(<[^>\r\n]*>)/im;

/**
 * A local SMTP server for tests and benchmarks: listens on 127.0.0.1 on a free port (or `port`),
 * records every message it accepts (parsed with mailparser unless `parse: false`), and answers
 * each recipient as told: 451 (try later), 550 (no such user) or never.
 */
export async function startSmtpSink({
  port = 0,
  parse = true,
}: { port?: number; parse?: boolean } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let how: (recipient: string) => SinkAnswer = () => 'accept';
  const held = new Set<SMTPServerSession>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, session, callback) {
      const answer = how(address.address.toLowerCase());
      if (answer === 'hang') return void held.add(session);
      if (answer === 'temporary')
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      if (answer === 'permanent') return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const header = raw.slice(0, raw.search(/\r?\n\r?\n/) >>> 0);
        const messageId = MESSAGE_ID.exec(header)?.[1] ?? '';
        if (!parse) {
          received.push({ to, raw: '', messageId });
          return callback();
        }
        simpleParser(raw)
          .then((parsed) => {
            received.push({ to, raw, messageId, parsed });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    received,
    answer: (next) => (how = next),
    hanging: () => held.size,
    close: () =>
      new Promise<void>((resolve) => {
        held.clear();
        server.close(() => resolve());
        // Connections held open (hang) would keep close() waiting for ever.
        for (const connection of (server as unknown as { connections: Set<{ close: () => void }> }).connections ?? [])
          connection.close();
      }),
  };
}
