import { ATTACHMENT_FORMATS, ATTACHMENT_HREF, type PickedAttachment } from '@/lib/media/attachment-types';
import type { RichTextNode } from './types';

const MAX_DEPTH = 50;

/**
 * The files a document offers for download, in the order they appear, each once: the portal shows
 * them in the release's downloads box. Blocks that do not hold a safe library address are skipped.
 */
export function listAttachments(doc: { content?: RichTextNode[] }): PickedAttachment[] {
  const found = new Map<string, PickedAttachment>();
  const visit = (nodes: RichTextNode[] | undefined, depth: number) => {
    if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (node?.type === 'attachment') {
        const { attachmentId, href, title, format, bytes } = node.attrs ?? {};
        if (
          typeof attachmentId === 'string' &&
          typeof href === 'string' &&
          ATTACHMENT_HREF.test(href) &&
          typeof title === 'string' &&
          (ATTACHMENT_FORMATS as readonly unknown[]).includes(format) &&
          typeof bytes === 'number' &&
          !found.has(href)
        )
          found.set(href, { attachmentId, href, title, format: format as PickedAttachment['format'], bytes });
      }
      visit(node?.content, depth + 1);
    }
  };
  visit(doc.content, 0);
  return [...found.values()];
}

/** How many tables of the document do not start with a row of column headers (the checklist's rule). */
export function countTablesWithoutHeaderRow(doc: { content?: RichTextNode[] }): number {
  let missing = 0;
  const visit = (nodes: RichTextNode[] | undefined, depth: number) => {
    if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (node?.type === 'table') {
        const cells = node.content?.[0]?.content ?? [];
        if (cells.length === 0 || cells.some((cell) => cell.type !== 'tableHeader')) missing += 1;
      } else visit(node?.content, depth + 1);
    }
  };
  visit(doc.content, 0);
  return missing;
}
