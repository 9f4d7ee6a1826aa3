import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type { OutgoingMail } from '@/lib/dal/outbox';

/** Seconds an SMTP server may take to accept, greet and answer each command before the send fails. */
export function smtpTimeoutSeconds(): number {
  return Math.max(1, Number(process.env.SMTP_TIMEOUT_SECONDS ?? 10));
}

/**
 * Sends outbox messages over SMTP_URL; without it there is no sender and mail waits in the outbox.
 * Every step has a timeout in seconds (nodemailer waits minutes by default), so a server that
 * accepts a connection and never answers fails the send, and the mail job is tried again later.
 */
export function createMailer(url = process.env.SMTP_URL): ((mail: OutgoingMail) => Promise<void>) | undefined {
  if (!url) return undefined;
  const timeout = smtpTimeoutSeconds() * 1000;
  // Not `{ url, …timeouts }`: nodemailer then reads the URL alone and drops every other option.
  const transport = nodemailer.createTransport({
    ...parseConnectionUrl(url),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const from = process.env.MAIL_FROM ?? 'Communiqué <no-reply@example.org>';
  return async (mail) => {
    await transport.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.body });
  };
}
