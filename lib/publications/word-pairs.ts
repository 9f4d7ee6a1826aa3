/**
 * What a full-text query demands of `publications.adjacent_pairs`, from the text of its tsquery
 * (`'sant' <-> 'publiqu' & 'eau'`): every pair of words that must stand side by side, as a tsquery
 * of pair lexemes (`'sant publiqu'`), or null when the query demands none. Only a query made of
 * AND-ed terms demands its pairs: under OR or NOT a phrase may be absent from a match.
 */
export function requiredWordPairs(tsquery: string): string | null {
  const tokens = tsquery.match(/'(?:[^'\\]|''|\\.)*'(?::[*A-D]+)?|<->|<\d+>|[&|!()]/g) ?? [];
  if (tokens.some((token) => token === '|' || token === '!')) return null;
  const pairs = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [first, operator, second] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (operator === '<->' && isPlainLexeme(first) && isPlainLexeme(second))
      pairs.add(`${lexemeOf(first)} ${lexemeOf(second)}`);
  }
  return pairs.size === 0 ? null : [...pairs].map(quoteLexeme).join(' & ');
}

// A prefix (`:*`) or weight (`:A`) term matches more than its own lexeme: it demands no pair.
const isPlainLexeme = (token: string) => token.startsWith("'") && token.endsWith("'");

const lexemeOf = (token: string) => token.slice(1, -1).replace(/''/g, "'").replace(/\\(.)/g, '$1');

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
