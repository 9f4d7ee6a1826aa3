import { z } from 'zod';
import { ATTACHMENT_FORMATS, ATTACHMENT_HREF, MAX_ATTACHMENT_BYTES } from '@/lib/media/attachment-types';
import { safeHref } from './render-html';
import type { RichTextDoc, RichTextNode } from './types';

/**
 * What a stored body may contain: the nodes, marks and attributes the editor offers and the
 * renderer knows. Anything else is refused when saved, with the path of the first problem.
 */
export const RICH_TEXT_LIMITS = {
  maxDepth: 12,
  maxNodes: 20_000,
  maxTextLength: 20_000,
  maxJsonBytes: 1_000_000,
} as const;

/** Tables stay small enough to read on a phone; a spreadsheet belongs in an attachment. */
export const TABLE_LIMITS = { maxRows: 200, maxColumns: 12 } as const;

const IMAGE_SRC = /^(\/media\/[A-Za-z0-9/_.-]+|https:\/\/[^\s"'<>]+)$/;

const text = z.string().max(RICH_TEXT_LIMITS.maxTextLength);
const linkHref = z
  .string()
  .max(2048)
  .refine((href) => safeHref(href) === href, 'unsafe_link');

const mark = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  // Source text a translation has not translated yet (lib/rich-text/untranslated.ts); never rendered.
  z.strictObject({ type: z.literal('untranslated') }),
  z.strictObject({
    type: z.literal('link'),
    attrs: z.strictObject({
      href: linkHref,
      target: z.enum(['_blank']).nullish(),
      rel: z.string().max(100).nullish(),
      class: z.null().optional(),
    }),
  }),
]);

const textNode = z.strictObject({ type: z.literal('text'), text: text.min(1), marks: z.array(mark).max(4).optional() });
const hardBreak = z.strictObject({ type: z.literal('hardBreak'), marks: z.array(mark).max(4).optional() });
const inline = z.discriminatedUnion('type', [textNode, hardBreak]);
const inlineContent = z.array(inline).optional();

const imageNode = z.strictObject({
  type: z.literal('image'),
  attrs: z.strictObject({
    src: z.string().max(2048).regex(IMAGE_SRC, 'unsafe_image'),
    alt: z.string().max(500).nullish(),
    title: z.string().max(500).nullish(),
    caption: z.string().max(500).nullish(),
    credit: z.string().max(300).nullish(),
    mediaId: z.uuid().nullish(),
  }),
});

const paragraphNode = z.strictObject({
  type: z.literal('paragraph'),
  attrs: z.strictObject({ textAlign: z.null().optional() }).optional(),
  content: inlineContent,
});

const cellAttrs = z
  .strictObject({
    colspan: z.number().int().min(1).max(TABLE_LIMITS.maxColumns).optional(),
    rowspan: z.number().int().min(1).max(TABLE_LIMITS.maxRows).optional(),
    colwidth: z.array(z.number().int().min(0).max(2000)).max(TABLE_LIMITS.maxColumns).nullish(),
  })
  .optional();
const cellContent = z.array(paragraphNode).min(1).max(20);
const tableRow = z.strictObject({
  type: z.literal('tableRow'),
  content: z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('tableHeader'), attrs: cellAttrs, content: cellContent }),
        z.strictObject({ type: z.literal('tableCell'), attrs: cellAttrs, content: cellContent }),
      ]),
    )
    .min(1)
    .max(TABLE_LIMITS.maxColumns),
});
const tableNode = z.strictObject({
  type: z.literal('table'),
  attrs: z.strictObject({ caption: z.string().max(300).nullish() }).optional(),
  content: z.array(tableRow).min(1).max(TABLE_LIMITS.maxRows),
});

/** A file of the library offered for download; the portal lists a release's files in one downloads box. */
const attachmentNode = z.strictObject({
  type: z.literal('attachment'),
  attrs: z.strictObject({
    attachmentId: z.uuid(),
    href: z.string().max(512).regex(ATTACHMENT_HREF, 'unsafe_link'),
    title: z.string().trim().min(1).max(200),
    format: z.enum(ATTACHMENT_FORMATS),
    bytes: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  }),
});

type Block = z.infer<typeof imageNode> | { type: string; attrs?: Record<string, unknown>; content?: unknown[] };

const block: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraphNode,
    z.strictObject({
      type: z.literal('heading'),
      attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
      content: inlineContent,
    }),
    z.strictObject({ type: z.literal('bulletList'), content: z.array(listItem).min(1) }),
    z.strictObject({
      type: z.literal('orderedList'),
      attrs: z
        .strictObject({ start: z.number().int().min(0).max(10_000).optional(), type: z.null().optional() })
        .optional(),
      content: z.array(listItem).min(1),
    }),
    z.strictObject({ type: z.literal('blockquote'), content: z.array(block).min(1) }),
    imageNode,
    tableNode,
    attachmentNode,
  ]),
);

const listItem = z.strictObject({ type: z.literal('listItem'), content: z.array(block).min(1) });

export const RichTextDocInput = z.strictObject({ type: z.literal('doc'), content: z.array(block) });

export type RichTextProblemCode =
  | 'too_large'
  | 'too_deep'
  | 'too_many_nodes'
  | 'unsafe_link'
  | 'unsafe_image'
  | 'unknown_node'
  | 'unknown_attribute'
  | 'invalid';
export type RichTextProblem = { code: RichTextProblemCode; path: string };

function problemCode(issue: z.core.$ZodIssue): RichTextProblemCode {
  if (issue.message === 'unsafe_link' || issue.message === 'unsafe_image') return issue.message;
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'type') return 'unknown_node';
  if (issue.code === 'unrecognized_keys') return 'unknown_attribute';
  return 'invalid';
}

function measure(node: unknown, depth = 0): { depth: number; nodes: number } {
  const children = (node as RichTextNode | null)?.content;
  if (!Array.isArray(children) || depth > RICH_TEXT_LIMITS.maxDepth) return { depth, nodes: 1 };
  let deepest = depth;
  let nodes = 1;
  for (const child of children) {
    const measured = measure(child, depth + 1);
    deepest = Math.max(deepest, measured.depth);
    nodes += measured.nodes;
  }
  return { depth: deepest, nodes };
}

// Objects and arrays inside one another: a node and its content array are two levels, marks and
// attributes a few more. Anything deeper is refused before a recursive step (JSON.stringify, the
// schema) could run out of stack on it.
const MAX_NESTING = 2 * RICH_TEXT_LIMITS.maxDepth + 8;

/** Whether objects and arrays nest deeper than `limit` anywhere in `value`, found without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(current))
      if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}

/** Parses stored or submitted TipTap JSON; refuses anything the allowlist does not name. */
export function parseRichText(
  value: unknown,
): { ok: true; doc: RichTextDoc } | { ok: false; problem: RichTextProblem } {
  if (nestsDeeperThan(value, MAX_NESTING)) return { ok: false, problem: { code: 'too_deep', path: '' } };
  const bytes = JSON.stringify(value ?? null).length;
  if (bytes > RICH_TEXT_LIMITS.maxJsonBytes) return { ok: false, problem: { code: 'too_large', path: '' } };
  const size = measure(value);
  if (size.depth > RICH_TEXT_LIMITS.maxDepth) return { ok: false, problem: { code: 'too_deep', path: '' } };
  if (size.nodes > RICH_TEXT_LIMITS.maxNodes) return { ok: false, problem: { code: 'too_many_nodes', path: '' } };
  const parsed = RichTextDocInput.safeParse(value);
  if (parsed.success) return { ok: true, doc: parsed.data as RichTextDoc };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: { code: problemCode(issue), path: issue.path.join('.') } };
}
