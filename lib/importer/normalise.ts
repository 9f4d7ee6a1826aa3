const EXOTIC_SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Line endings, odd spaces and invisible characters; each line trimmed, runs of spaces collapsed. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLES, '')
    .replace(EXOTIC_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/**
 * What is left of the old site's e-mail links once the HTML was stripped badly:
 * `"mailto:someone@example.org">someone@example.org`, `<a href="mailto:…">…</a>`, a bare `mailto:`.
 */
export function removeLinkFragments(text: string): string {
  return text
    .replace(/<a\b[^>]*>/gi, '')
    .replace(/<\/a>/gi, '')
    .replace(/["']?mailto:([^\s"'<>]+)["']?\s*>\s*(?=\1)/gi, '')
    .replace(/["']?mailto:([^\s"'<>]+)["']?\s*>?/gi, '$1')
    .replace(/(^|\s)"?>(?=\s|$)/g, '$1');
}
