import { createTranslator } from 'next-intl';
import type { NotificationKind } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';

const MESSAGES = { fr, en, es } as const;

/** A plain-text e-mail quote: every line of the message behind "> ". */
const quote = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/** The e-mail announcing a workflow event, in the recipient's language. */
export function composeNotificationEmail(input: {
  kind: NotificationKind;
  language: Locale;
  title: string;
  actorName: string | null;
  /** What the actor wrote with the step, quoted under the sentence. */
  message?: string | null;
  releaseUrl: string;
}): { subject: string; body: string } {
  const t = createTranslator({ locale: input.language, messages: MESSAGES[input.language], namespace: 'Email' });
  const actor = input.actorName ?? t('someone');
  return {
    subject: t('subject', { title: input.title }),
    body: [
      t(input.kind, { actor, title: input.title }),
      ...(input.message ? [`${t('message', { actor })}\n${quote(input.message)}`] : []),
      t('open', { url: input.releaseUrl }),
    ]
      .join('\n\n')
      .concat('\n'),
  };
}
