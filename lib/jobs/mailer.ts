import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { MailSendError, type DistributionMail } from '@/lib/dal/distributions';
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

/** DKIM signing when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (PEM, `\n` allowed for newlines) are set. */
export function dkimOptions(): { domainName: string; keySelector: string; privateKey: string } | undefined {
  const { DKIM_DOMAIN: domainName, DKIM_SELECTOR: keySelector, DKIM_PRIVATE_KEY: key } = process.env;
  if (!domainName || !keySelector || !key) return undefined;
  return { domainName, keySelector, privateKey: key.replace(/\\n/g, '\n') };
}

type SmtpError = Error & { responseCode?: number; command?: string; code?: string };

/** A 5xx answer to the recipient or the message: that address or message will never be taken. */
export function isPermanentRefusal(error: SmtpError): boolean {
  const code = error.responseCode ?? 0;
  const command = (error.command ?? '').toUpperCase();
  return (
    code >= 500 &&
    code < 600 &&
    (command.startsWith('RCPT') || command === 'DATA' || command === 'DATA END' || error.code === 'EENVELOPE')
  );
}

/**
 * Sends press distribution mail over SMTP_URL through a small pool of connections (a mailing is
 * thousands of messages), each step with the same timeouts as notification mail, DKIM-signed when
 * configured. Its errors say whether the refusal is for good (MailSendError.permanent).
 */
export function createDistributionMailer(
  url = process.env.SMTP_URL,
): ((mail: DistributionMail) => Promise<void>) | undefined {
  if (!url) return undefined;
  const timeout = smtpTimeoutSeconds() * 1000;
  const dkim = dkimOptions();
  const transport = nodemailer.createTransport({
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: Math.max(1, Number(process.env.DISTRIBUTION_SMTP_CONNECTIONS ?? 5)),
    maxMessages: 1_000,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(dkim ? { dkim } : {}),
  });
  const from = process.env.MAIL_FROM ?? 'Communiqué <no-reply@example.org>';
  return async (mail) => {
    try {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.messageId}>`,
        headers: mail.headers,
      });
    } catch (error) {
      const smtp = error as SmtpError;
      throw new MailSendError(smtp.message, isPermanentRefusal(smtp));
    }
  };
}
