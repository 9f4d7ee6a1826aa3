/**
 * Rebuilds paragraphs, headings and lists from the dump's lines. The old export wrapped some
 * pages at arbitrary widths, put one paragraph per line on others, and sometimes ran list items
 * together on one line (" - "), so a line's ending and the next line's start decide.
 */
export type Block =
  { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^[-–•*]\s+(?=\S)/;
const ENDS_SENTENCE = /[.!?…][»”")\]]?$/;
const STARTS_WITH_CLOSING_PUNCTUATION = /^[,.;)\]]/;
/** Past this length a line was written as a whole paragraph, not wrapped. */
const LONGEST_WRAPPED_LINE = 110;
const LONGEST_HEADING = 70;
/** A line that ends on one of these words goes on, so it cannot be a heading. */
const DANGLING_WORDS = new Set(
  'a à au aux and avec by con d de del des du el en et for in la las le les los of on or ou para par por pour sur the to un una une y'.split(
    ' ',
  ),
);

const isBullet = (line: string) => BULLET.test(line);

/** Words that open sentences and almost never continue one with a capital: "…from their homes / In keeping with…". */
const SENTENCE_OPENER =
  /^(?:The|In|A|An|This|That|These|It|He|She|They|We|Its|On|At|For|With|As|After|According|Le|La|Les|L['’]|Un|Une|Il|Elle|Ils|Elles|Ce|Cette|Ces|Dans|Selon|Depuis|Pour|Nous|El|Los|Las|Una|Este|Esta|Estos|Según|Desde|Para|Con)(?=[\s'’])/u;
/** A wrapped line is at least this long; a shorter one without a full stop may be a paragraph's end. */
const SHORTEST_WRAPPED_LINE = 40;

/** Joins the reader cannot be sure of: a wrapped line with no full stop before a line that opens a sentence. */
export type BlockStats = { uncertainJoins: number };

function continues(previous: string, line: string): boolean {
  if (STARTS_WITH_CLOSING_PUNCTUATION.test(line)) return true;
  if (ENDS_SENTENCE.test(previous) || previous.endsWith(':')) return false;
  if (previous.length > LONGEST_WRAPPED_LINE && /^[\p{Lu}«"“]/u.test(line)) return false;
  // Wrapping fills a line before it breaks: a short line that carries a number ends its paragraph.
  if (previous.length < SHORTEST_WRAPPED_LINE && CONTACT_DETAIL.test(previous) && /^[\p{Lu}«"“]/u.test(line))
    return false;
  return true;
}

function join(text: string, line: string): string {
  return STARTS_WITH_CLOSING_PUNCTUATION.test(line) ? `${text}${line}` : `${text} ${line}`;
}

/** A phone number or an e-mail address: a line that carries one gives details, it does not head a section. */
const CONTACT_DETAIL = /@|\+?\d[\d\s().–-]{6,}\d/u;

function isHeading(line: string, next: string | undefined): boolean {
  if (!next || line.length > LONGEST_HEADING || /[.,;:!?…]$/.test(line) || line.includes(',')) return false;
  if (CONTACT_DETAIL.test(line)) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || !/^[\p{Lu}«"“\d-]/u.test(next)) return false;
  const words = line.split(/\s+/);
  return words.length <= 10 && !DANGLING_WORDS.has(words.at(-1)!.toLowerCase());
}

/** " - " between two items that each end a sentence, or after the colon that opens a list. */
const RUN_TOGETHER_ITEMS = /(?<=[.;!?…][»”")]?)\s+[-–]\s+(?=[\p{Lu}«"“\d])/u;
const INLINE_LIST = /^(.*\S:)\s+[-–]\s+(\S.*)$/su;

function splitItems(text: string): string[] {
  return text
    .split(RUN_TOGETHER_ITEMS)
    .map((item) => item.trim())
    .filter(Boolean);
}

function splitInlineList(block: Block): Block[] {
  if (block.kind === 'list') return [{ kind: 'list', items: block.items.flatMap(splitItems) }];
  if (block.kind !== 'paragraph') return [block];
  const inline = INLINE_LIST.exec(block.text);
  if (!inline) return [block];
  const items = inline[2]!.split(/\s+[-–]\s+(?=[\p{Lu}«"“\d])/u).flatMap(splitItems);
  return [
    { kind: 'paragraph', text: inline[1]! },
    { kind: 'list', items },
  ];
}

export function buildBlocks(lines: string[], stats?: BlockStats): Block[] {
  const blocks: Block[] = [];
  let open: { block: Block; last: string } | undefined;
  const append = (text: string) => {
    const block = open!.block;
    if (block.kind === 'list') block.items[block.items.length - 1] = join(block.items.at(-1)!, text);
    else if (block.kind === 'paragraph') block.text = join(block.text, text);
    open!.last = text;
  };

  lines.forEach((line, index) => {
    if (!line) {
      open = undefined; // a blank line ends the paragraph or item; a following "- " line still extends the list
      return;
    }
    if (isBullet(line)) {
      const text = line.replace(BULLET, '');
      const last = blocks.at(-1);
      if (last?.kind === 'list' && (!open || open.block === last)) last.items.push(text);
      else blocks.push({ kind: 'list', items: [text] });
      open = { block: blocks.at(-1)!, last: text };
      return;
    }
    if (open && open.block.kind !== 'heading' && continues(open.last, line)) {
      if (
        stats &&
        open.last.length >= SHORTEST_WRAPPED_LINE &&
        SENTENCE_OPENER.test(line) &&
        !/[,;:(]$/.test(open.last)
      )
        stats.uncertainJoins += 1;
      append(line);
      return;
    }
    const next = lines.slice(index + 1).find(Boolean);
    if (isHeading(line, next)) {
      blocks.push({ kind: 'heading', text: line });
      open = undefined;
      return;
    }
    blocks.push({ kind: 'paragraph', text: line });
    open = { block: blocks.at(-1)!, last: line };
  });
  return blocks.flatMap(splitInlineList).filter((block) => block.kind !== 'list' || block.items.length > 0);
}
