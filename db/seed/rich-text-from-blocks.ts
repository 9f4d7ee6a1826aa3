import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';
import type { DemoBlock } from './demo-types';

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const listItems = (items: string[]): RichTextNode[] =>
  items.map((item) => ({ type: 'listItem', content: [paragraph(item)] }));

export function richTextFromBlocks(blocks: DemoBlock[]): RichTextDoc {
  return {
    type: 'doc',
    content: blocks.map((block): RichTextNode => {
      if ('paragraph' in block) return paragraph(block.paragraph);
      if ('heading' in block)
        return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: block.heading }] };
      if ('bullets' in block) return { type: 'bulletList', content: listItems(block.bullets) };
      if ('numbered' in block) return { type: 'orderedList', attrs: { start: 1 }, content: listItems(block.numbered) };
      return { type: 'blockquote', content: [paragraph(block.quote)] };
    }),
  };
}
