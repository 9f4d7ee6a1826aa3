import nodemailer from 'nodemailer';
import type { OutgoingMail } from '@/lib/dal/outbox';

/** Sends outbox messages over SMTP_URL; without it there is no sender and mail waits in the outbox. */
export function createMailer(): ((mail: OutgoingMail) => Promise<void>) | undefined {
  const url = process.env.SMTP_URL;
  if (!url) return undefined;
  const transport = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM ?? 'Communiqué <no-reply@example.org>';
  return async (mail) => {
    await transport.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.body });
  };
}
