import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';

const MESSAGES = { fr, en, es } as const;

/**
 * confirm: the double opt-in link, the only message a pending address ever gets; preferences: the
 * answer to a new request from an address already subscribed, which changes nothing by itself.
 */
export type SubscriptionEmailKind = 'confirm' | 'preferences';

/** A message about a portal subscription, in the language of the page the request came from. */
export function composeSubscriptionEmail(input: { kind: SubscriptionEmailKind; language: Locale; url: string }): {
  subject: string;
  body: string;
} {
  const t = createTranslator({
    locale: input.language,
    messages: MESSAGES[input.language],
    namespace: 'SubscriptionEmail',
  });
  return {
    subject: t(`${input.kind}.subject`),
    body: [t(`${input.kind}.intro`), input.url, t(`${input.kind}.ignore`), t('signature')].join('\n\n').concat('\n'),
  };
}
