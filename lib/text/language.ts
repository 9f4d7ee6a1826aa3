import type { Locale } from '@/lib/i18n/locales';

/** Words frequent in one of the three languages and rare in the other two. */
const MARKERS: Record<Locale, Set<string>> = {
  fr: new Set(
    'le les des du est et une pour dans qui sur avec au aux ces cette été être sont nous ont mais plus leur leurs ainsi'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to is for that with on was are by this from have has which their its it be were an at'.split(' '),
  ),
  es: new Set(
    'el los las del y que por con para una es se al como más su sus este esta fue han ha entre sobre'.split(' '),
  ),
};

export type LanguageGuess = { language: Locale; confidence: number };

/** The language whose common words the text uses most (French, the legacy site's, on a tie), and how clearly. */
export function guessLanguage(text: string): LanguageGuess {
  const scores: Record<Locale, number> = { fr: 0, en: 0, es: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of ['fr', 'en', 'es'] as const) if (MARKERS[language].has(word)) scores[language] += 1;
  }
  const language = (['en', 'es'] as const).reduce<Locale>(
    (best, candidate) => (scores[candidate] > scores[best] ? candidate : best),
    'fr',
  );
  const [first, second] = Object.values(scores).sort((a, b) => b - a) as [number, number];
  // A handful of marker words, or two languages nearly level, is not enough to be sure.
  const confidence = first < 4 ? 0.4 : Math.min(1, 0.5 + (first - second) / (2 * first) + Math.min(first, 20) / 80);
  return { language, confidence };
}

export function detectLanguage(text: string): Locale {
  return guessLanguage(text).language;
}

/** How sure a guess must be before a text is called another language than its release's. */
const MISMATCH_CONFIDENCE = 0.6;

/**
 * The language a text is clearly written in when it is not `expected`, else null: a short text
 * (a title, a name) or one whose languages run level is never called another language.
 */
export function otherLanguageOf(text: string, expected: Locale): Locale | null {
  const guess = guessLanguage(text);
  return guess.language !== expected && guess.confidence >= MISMATCH_CONFIDENCE ? guess.language : null;
}
