import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { escapeHtml } from '@/lib/rich-text/render-html';
import { timeInZone } from '@/lib/time/zoned-label';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import {
  composeReleaseEmail,
  headerSafe,
  type ReleaseEmail,
  type ReleaseEmailInput,
  type ReleaseForEmail,
} from './compose-release-email';

const MESSAGES = { fr, en, es } as const;

const translator = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: 'EmbargoEmail' });

/**
 * The embargo time as a journalist reads it, in their language: the office's wall-clock time with
 * the zone's name, and the same instant in UTC ("8 déc. 2026, 10:00 heure d’Afrique de l’Ouest
 * (Niamey) – 09:00 UTC").
 */
export function embargoTime(until: Date, timeZone: string, locale: Locale): string {
  const local = timeInZone(until, timeZone, locale);
  const utc = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(until);
  return translator(locale)('time', { time: local.time, zone: local.zone, utc });
}

/** "EMBARGOED UNTIL …" in a language: the subject, and the first line of the message. */
export function embargoLine(until: Date, timeZone: string, locale: Locale): string {
  return translator(locale)('until', { time: embargoTime(until, timeZone, locale) });
}

/** The language of the words around the text: the text's own when the reader reads it, else their first. */
const chromeOf = (language: Locale, readerLanguages: readonly Locale[]): Locale =>
  readerLanguages.includes(language) ? language : (readerLanguages[0] ?? language);

export type EmbargoEmailInput = Omit<ReleaseEmailInput, 'kind' | 'embargo'> & {
  until: Date;
  /** The release's text; its `url` is the recipient's own embargo link, not the public page. */
  release: ReleaseForEmail;
};

/** An advance send to one journalist: the release as it will be published, under the embargo line. */
export function composeEmbargoEmail(input: EmbargoEmailInput): ReleaseEmail {
  const chrome = chromeOf(input.language, input.readerLanguages);
  const t = translator(chrome);
  const line = embargoLine(input.until, input.release.timeZone, chrome);
  return composeReleaseEmail({
    ...input,
    kind: 'publish',
    embargo: {
      subject: t('subject', { line, title: headerSafe(input.release.title) }),
      line,
      lineLanguage: chrome,
      linkLabel: t('ownLink'),
    },
  });
}

export type EmbargoNoticeInput = {
  change: 'moved' | 'withdrawn';
  /** The reader's first language: a notice is a few lines, written in it. */
  language: Locale;
  title: string;
  /** The new embargo time, for `moved`. */
  until: Date | null;
  timeZone: string;
  /** The recipient's embargo link, which keeps working when the embargo is moved. */
  linkUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  messageId: string;
};

/** The short message to an advance send's recipients when the embargo moves or the release is withdrawn. */
export function composeEmbargoNotice(input: EmbargoNoticeInput): ReleaseEmail {
  const t = translator(input.language);
  const title = headerSafe(input.title);
  const time = input.until ? embargoTime(input.until, input.timeZone, input.language) : '';
  const subject = input.change === 'moved' ? t('movedSubject', { title, time }) : t('withdrawnSubject', { title });
  const lines =
    input.change === 'moved'
      ? [t('moved', { title, time }), t('linkStillWorks'), `${t('ownLink')}: ${input.linkUrl}`]
      : [t('withdrawn', { title }), t('linkRevoked')];
  const footer = t('footer');
  const text = [
    ...lines.flatMap((line) => [line, '']),
    '--',
    footer,
    `${t('preferences')}: ${input.preferencesUrl}`,
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="${input.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>
<body style="margin:0;padding:0;background:#f6f6f4;">
<div style="max-width:640px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;">
<p style="font-weight:bold;color:#8a1c1c;">${e(lines[0]!)}</p>
<p>${e(lines[1]!)}</p>
${input.change === 'moved' ? `<p><a href="${e(input.linkUrl)}">${e(t('ownLink'))}</a></p>\n` : ''}<hr style="border:none;border-top:1px solid #ddd;">
<p style="font-size:12px;color:#555;">${e(footer)}<br><a href="${e(input.preferencesUrl)}">${e(t('preferences'))}</a></p>
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
      'List-Unsubscribe': `<${input.unsubscribeUrl.replace(/[\u0000-\u0020<>\u007f]/g, (char) => encodeURIComponent(char))}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
