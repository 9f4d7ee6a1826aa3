/**
 * The old site saved its navigation above every page: menu headings printed twice, a heading
 * glued to its blurb ("AboutThe agency…"), sub-menus as "- item" lines and lone "-" separators.
 * A dump may hold all of it, part of it, or none. We recognise it by that shape, plus the
 * legacy menu's own labels (in case a dump starts on a lone heading), and stop at the first
 * line that is none of these.
 */
const LEGACY_MENU_LABELS = new Set(
  [
    'qui sommes nous',
    'qui sommes-nous',
    'structure',
    'notre travail',
    'ce que nous faisons',
    'partenariats',
    'où travaillons-nous',
    'agir',
    'travailler avec nous',
    'engagez-vous',
    'données et recherche',
    '2030 agenda',
    'agenda 2030',
    'who we are',
    'our work',
    'what we do',
    'partnerships',
    'where we work',
    'take action',
    'work with us',
    'get involved',
    'data and research',
    'quiénes somos',
    'estructura',
    'nuestro trabajo',
    'qué hacemos',
    'alianzas',
    'dónde trabajamos',
    'actúe',
    'trabaje con nosotros',
    'participe',
    'datos e investigación',
    'menu',
    'menú',
    'accueil',
    'home',
    'inicio',
  ].map(labelKey),
);

function labelKey(line: string): string {
  return line
    .replace(/^[-–•*]\s*/, '')
    .trim()
    .toLowerCase();
}

const SHORTEST_REPEATED_TEXT = 40;
const isSeparator = (line: string) => /^[-–•*|]+$/.test(line);
const isMenuItem = (line: string) => /^[-–•*]\s+\S/.test(line) && line.length <= 120;
const isKnownLabel = (line: string) => LEGACY_MENU_LABELS.has(labelKey(line));
/** "HeadingBlurb…": the heading runs into its text with no space, a lowercase letter against an uppercase one. */
const isGluedTo = (line: string, heading: string) =>
  heading.length > 0 &&
  line.length > heading.length &&
  line.startsWith(heading) &&
  /^[\p{Lu}«"“]/u.test(line.slice(heading.length));

/** Index of the first line of content after the navigation block (0 when there is none). */
export function contentStart(lines: string[]): number {
  let index = 0;
  let inMenu = false;
  while (index < lines.length) {
    const line = lines[index]!;
    const next = lines[index + 1] ?? '';
    const previous = index > 0 ? lines[index - 1]! : '';
    if (!line) {
      index += 1;
      continue;
    }
    const chrome =
      isSeparator(line) ||
      isKnownLabel(line) ||
      // Menu headings are printed twice; a long line printed twice is a title repeated as its first paragraph.
      (line.length <= SHORTEST_REPEATED_TEXT && (line === next || line === previous)) ||
      isGluedTo(line, previous) ||
      isGluedTo(next, line) ||
      // Sub-menu items: at the very top (a dump cut inside the menu) or under a menu heading.
      (isMenuItem(line) && (inMenu || index === 0 || lines.slice(0, index).every((l) => !l || isMenuItem(l))));
    if (!chrome) break;
    inMenu = true;
    index += 1;
  }
  return index;
}

export function stripChrome(lines: string[]): string[] {
  return lines.slice(contentStart(lines));
}
