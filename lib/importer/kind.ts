/**
 * Release or static page, from several signals rather than one rule: a dateline, a date, a
 * contact block, reporting verbs and attributed quotes, a title that names a statement, and the
 * file's path in the dump folder count for a release; headings, a very short title and text that
 * reports nothing count for a page. A score of zero is unsure and becomes a release to review.
 */
export type KindSignals = {
  title: string;
  text: string;
  sourceName?: string;
  hasDateline: boolean;
  hasDate: boolean;
  contacts: number;
  headings: number;
};

export type KindDecision = { kind: 'release' | 'page'; score: number; signals: string[] };

const REPORTING_VERBS = new RegExp(
  [
    String.raw`(?:said|says|added|stated|announced|warned|urged|welcomed|called on|called for|told|noted|stressed)`,
    String.raw`(?:a|ont) (?:déclaré|dit|ajouté|annoncé|souligné|indiqué|rappelé|appelé|affirmé|averti|salué|estimé|précisé|exhorté)`,
    String.raw`(?:déclare|annonce|salue|appelle|rappelle|condamne|affirme)`,
    String.raw`(?:dijo|declaró|declara|señaló|añadió|indicó|afirmó|informó|informa|anunció|advirtió|expresó|mencionó|destacó|subrayó|condena|reitera|recuerda|considera)`,
  ]
    // \b is ASCII-only in JavaScript: "appelé" would never end a word.
    .map((words) => String.raw`(?<!\p{L})${words}(?!\p{L})`)
    .join('|'),
  'iu',
);
const QUOTE = /[«“"]/u;
const STATEMENT_TITLE =
  /(?<!\p{L})(?:news release|press release|statement|communiqué|déclaration|discours|comunicado|declaración|comentario|speech|remarks)(?!\p{L})/iu;
const RELEASE_PATH =
  /(?:^|[/_.-])(?:news|press|releases?|communiques?|comunicados?|actualites|noticias|presse|prensa|statements?|declarations?|declaraciones)(?=[/_.-]|$)/iu;
const PAGE_PATH =
  /(?:^|[/_.-])(?:about|a-propos|apropos|quienes-somos|who-we-are|mission|mandat|mandate|pages?|static|qui-sommes-nous)(?=[/_.-]|$)/iu;

export function decideKind(signals: KindSignals): KindDecision {
  const found: string[] = [];
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    found.push(`${points > 0 ? '+' : ''}${points} ${signal}`);
  };
  if (signals.hasDateline) add(3, 'dateline');
  if (signals.hasDate) add(1, 'date');
  if (signals.contacts > 0) add(2, 'contact block');
  const reports = REPORTING_VERBS.test(signals.text);
  if (reports) add(1, 'reporting verb');
  if (reports && QUOTE.test(signals.text)) add(1, 'attributed quote');
  if (STATEMENT_TITLE.test(signals.title)) add(2, 'statement title');
  if (signals.sourceName && RELEASE_PATH.test(signals.sourceName)) add(2, 'news path');
  if (signals.sourceName && PAGE_PATH.test(signals.sourceName)) add(-2, 'page path');
  if (!signals.hasDateline && signals.headings > 0) add(-1, 'headings');
  if (signals.title.split(/\s+/).length <= 3 && !signals.hasDateline && !signals.hasDate) add(-1, 'short title');
  if (!reports) add(-1, 'reports nothing');
  return { kind: score >= 0 ? 'release' : 'page', score, signals: found };
}
