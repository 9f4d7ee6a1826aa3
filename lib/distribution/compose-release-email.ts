import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { escapeHtml } from '@/lib/rich-text/render-html';
import type { Contact } from '@/lib/validation/contact';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';

const MESSAGES = { fr, en, es } as const;

// A mailing composes thousands of messages in a few languages: each translator and date format is built once.
const translators = new Map<Locale, ReturnType<typeof translatorFor>>();
const translatorFor = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: 'DistributionEmail' });
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatDate(date: Date, language: Locale, timeZone: string): string {
  const key = `${language}:${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone })));
  return format.format(date);
}

/** The live text of a release as the portal shows it (its publication), with what the e-mail adds. */
export type ReleaseForEmail = {
  title: string;
  summary: string;
  datelineCity: string;
  publishedAt: Date;
  /** The publishing office's time zone: the dateline's date is the one there. */
  timeZone: string;
  /** The body as the portal's server renderer wrote it (lib/rich-text/render-html.ts). */
  bodyHtml: string;
  bodyText: string;
  contacts: Contact[];
  hero: { src: string; alt: string } | null;
  /** The release's page on the portal, absolute. */
  url: string;
};

export type ReleaseEmailInput = {
  kind: 'publish' | 'correction';
  /** The language the release is sent in. */
  language: Locale;
  /** The languages the recipient reads, in order of preference. */
  readerLanguages: readonly Locale[];
  release: ReleaseForEmail;
  /** The portal's origin (SITE_URL): the body's own images and links become absolute against it. */
  siteUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** The message's Message-ID, without angle brackets: the same for every attempt at one delivery. */
  messageId: string;
  /** An advance send: its subject, the embargo line above the text and the label of the recipient's own link. */
  embargo?: { subject: string; line: string; lineLanguage: Locale; linkLabel: string };
};

export type ReleaseEmail = {
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers: { 'List-Unsubscribe': string; 'List-Unsubscribe-Post': string };
};

/** One line, whatever the field held: no CR, LF or other control character reaches a header. */
export function headerSafe(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL for a header's angle brackets: anything that could close them or break the line is percent-encoded. */
function bracketSafe(url: string): string {
  return url.replace(/[\u0000-\u0020<>\u007f]/g, (char) => encodeURIComponent(char));
}

/** A site-relative URL (/media/…) made absolute; an absolute one as it is. */
function againstSite(url: string, siteUrl: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${siteUrl.replace(/\/+$/, '')}${url}` : url;
}

/** The body's site-relative images (/media/…) and links made absolute, for a mail client that has no site. */
export function absoluteBodyHtml(html: string, siteUrl: string): string {
  const origin = escapeHtml(siteUrl.replace(/\/+$/, ''));
  return html.replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`);
}

/**
 * The e-mail that carries a published release to one recipient, in HTML and plain text: the
 * subject is the title ("Correction: …" for a correction), then the dateline (city and date in the
 * office's time zone), the summary, the body, the press contacts, the main image to download, the
 * link to the portal and a footer with the recipient's preferences link. When none of the
 * recipient's languages has the release, a line in their first language says so. No tracking pixel.
 */
export function composeReleaseEmail(input: ReleaseEmailInput): ReleaseEmail {
  return releaseEmailFor(input)(input);
}

/** What differs between two recipients of the same release in the same words. */
export type RecipientParts = Pick<ReleaseEmailInput, 'preferencesUrl' | 'unsubscribeUrl' | 'messageId'>;

// Stands in for the preferences link while a message is composed for every recipient at once.
const PREFERENCES_MARK = `\u0001preferences-${crypto.randomUUID()}\u0001`;
const composed = new WeakMap<ReleaseForEmail, Map<string, (parts: RecipientParts) => ReleaseEmail>>();

/**
 * The message of `composeReleaseEmail` composed once for every recipient who gets the release in
 * the same language with the same words around it (a mailing of thousands has a handful): the
 * returned function only adds a recipient's preferences and unsubscribe links and Message-ID.
 * Kept as long as the release object it was made from.
 */
export function releaseEmailFor(
  input: Omit<ReleaseEmailInput, keyof RecipientParts>,
): (parts: RecipientParts) => ReleaseEmail {
  const reads = input.readerLanguages.includes(input.language);
  const chrome = reads ? input.language : (input.readerLanguages[0] ?? input.language);
  const key = `${input.kind}:${input.language}:${chrome}:${reads}:${input.siteUrl}`;
  let forRelease = composed.get(input.release);
  const hit = input.embargo ? undefined : forRelease?.get(key);
  if (hit) return hit;
  const whole = composeOnce({ ...input, preferencesUrl: PREFERENCES_MARK, unsubscribeUrl: '', messageId: '' });
  const text = whole.text.split(PREFERENCES_MARK);
  const html = whole.html.split(PREFERENCES_MARK);
  const make = (parts: RecipientParts): ReleaseEmail => ({
    subject: whole.subject,
    text: text.join(parts.preferencesUrl),
    html: html.join(escapeHtml(parts.preferencesUrl)),
    messageId: parts.messageId,
    headers: {
      'List-Unsubscribe': `<${bracketSafe(parts.unsubscribeUrl)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  if (!input.embargo) {
    if (!forRelease) composed.set(input.release, (forRelease = new Map()));
    forRelease.set(key, make);
  }
  return make;
}

function composeOnce(input: ReleaseEmailInput): ReleaseEmail {
  const { release, language } = input;
  const reads = input.readerLanguages.includes(language);
  // The words around the text: the text's own language when the reader reads it, else theirs.
  const chrome: Locale = reads ? language : (input.readerLanguages[0] ?? language);
  let t = translators.get(chrome);
  if (!t) translators.set(chrome, (t = translatorFor(chrome)));
  const title = headerSafe(release.title);
  const embargo = input.embargo;
  const subject = embargo
    ? headerSafe(embargo.subject)
    : input.kind === 'correction'
      ? t('correction', { title })
      : title;
  const linkLabel = embargo?.linkLabel ?? t('readOnline');
  const date = formatDate(release.publishedAt, language, release.timeZone);
  const dateline = t('datedFrom', { city: release.datelineCity, date });
  const heroUrl = release.hero ? againstSite(release.hero.src, input.siteUrl) : null;

  const contactLines = release.contacts.map((contact) =>
    [
      contact.name,
      contact.role,
      contact.office,
      ...contact.phones.map((phone) => `${t('phone')} ${phone}`),
      contact.email,
    ]
      .filter(Boolean)
      .join(', '),
  );

  const text = [
    ...(embargo ? [embargo.line, ''] : []),
    ...(reads ? [] : [t('notAvailable'), '']),
    ...(input.kind === 'correction' ? [t('correctionNote'), ''] : []),
    release.title.toUpperCase(),
    '',
    `${dateline} — ${release.summary}`,
    '',
    release.bodyText.trim(),
    ...(contactLines.length > 0 ? ['', `${t('contacts')}:`, ...contactLines.map((line) => `- ${line}`)] : []),
    ...(heroUrl ? ['', `${t('downloads')}:`, `- ${t('mainImage')}: ${heroUrl}`] : []),
    '',
    `${linkLabel}: ${release.url}`,
    '',
    '--',
    t('footer'),
    `${t('preferences')}: ${input.preferencesUrl}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const contactHtml = release.contacts
    .map((contact) => {
      const lines = [
        `<strong>${e(contact.name)}</strong>`,
        ...[contact.role, contact.office].filter(Boolean).map((value) => e(value!)),
        ...contact.phones.map((phone) => `${e(t('phone'))} ${e(phone)}`),
        ...(contact.email ? [`<a href="mailto:${e(contact.email)}">${e(contact.email)}</a>`] : []),
      ];
      return `<li>${lines.join('<br>')}</li>`;
    })
    .join('');
  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(release.title)}</title></head>
<body style="margin:0;padding:0;background:#f6f6f4;">
<div style="max-width:640px;margin:0 auto;padding:24px;background:#ffffff;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#1b1b1b;">
${embargo ? `<p lang="${embargo.lineLanguage}" style="margin:0 0 16px;padding:10px 12px;border:2px solid #8a1c1c;color:#8a1c1c;font-family:Arial,sans-serif;font-size:15px;font-weight:bold;">${e(embargo.line)}</p>\n` : ''}${reads ? '' : `<p lang="${chrome}" style="padding:8px 12px;background:#fff6d6;font-family:Arial,sans-serif;font-size:14px;">${e(t('notAvailable'))}</p>\n`}${input.kind === 'correction' ? `<p lang="${chrome}" style="font-family:Arial,sans-serif;font-size:14px;color:#8a1c1c;">${e(t('correctionNote'))}</p>\n` : ''}<h1 style="font-size:26px;line-height:1.25;margin:0 0 12px;">${e(release.title)}</h1>
<p style="font-weight:bold;margin:0 0 16px;">${e(dateline)} — ${e(release.summary)}</p>
<div>${absoluteBodyHtml(release.bodyHtml, input.siteUrl).replace(/ loading="lazy"/g, ' style="max-width:100%;height:auto;"')}</div>
${contactHtml ? `<h2 style="font-size:18px;margin:24px 0 8px;">${e(t('contacts'))}</h2><ul style="padding-left:18px;">${contactHtml}</ul>\n` : ''}${heroUrl ? `<h2 style="font-size:18px;margin:24px 0 8px;">${e(t('downloads'))}</h2><p><a href="${e(heroUrl)}">${e(t('mainImage'))}</a>${release.hero!.alt ? ` — ${e(release.hero!.alt)}` : ''}</p>\n` : ''}<p style="margin:24px 0;"><a href="${e(release.url)}">${e(linkLabel)}</a></p>
<hr style="border:none;border-top:1px solid #ddd;">
<p lang="${chrome}" style="font-family:Arial,sans-serif;font-size:12px;color:#555;">${e(t('footer'))}<br><a href="${e(input.preferencesUrl)}">${e(t('preferences'))}</a></p>
</div>
</body>
</html>
`;
  return {
    subject,
    html,
    text,
    messageId: input.messageId,
    headers: {
      'List-Unsubscribe': `<${bracketSafe(input.unsubscribeUrl)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
