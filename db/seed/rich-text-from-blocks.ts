import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';
import type { DemoBlock } from './demo-types';

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const listItems = (items: string[]): RichTextNode[] =>
  items.map((item) => ({ type: 'listItem', content: [paragraph(item)] }));

const cell = (type: 'tableHeader' | 'tableCell', text: string): RichTextNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text)],
});

/**
 * A document from demo blocks. Figures and downloads need what the seed stored (an image's file, the
 * demo report): `resolve` gives their nodes, and a block it cannot resolve is left out.
 */
export function richTextFromBlocks(
  blocks: DemoBlock[],
  resolve: (block: DemoBlock) => RichTextNode | undefined = () => undefined,
): RichTextDoc {
  return {
    type: 'doc',
    content: blocks.flatMap((block): RichTextNode | [] => {
      if ('figure' in block || 'download' in block) return resolve(block) ?? [];
      if ('table' in block)
        return {
          type: 'table',
          attrs: { caption: block.table.caption ?? null },
          content: block.table.rows.map((row, index) => ({
            type: 'tableRow',
            content: row.map((text) => cell(index === 0 ? 'tableHeader' : 'tableCell', text)),
          })),
        };
      if ('paragraph' in block) return paragraph(block.paragraph);
      if ('heading' in block)
        return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: block.heading }] };
      if ('bullets' in block) return { type: 'bulletList', content: listItems(block.bullets) };
      if ('numbered' in block) return { type: 'orderedList', attrs: { start: 1 }, content: listItems(block.numbered) };
      return { type: 'blockquote', content: [paragraph(block.quote)] };
    }),
  };
}
