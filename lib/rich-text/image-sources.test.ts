import { describe, expect, it } from 'vitest';
import { withFolderReplaced, withImageSources } from './image-sources';
import type { RichTextDoc } from './types';

const doc: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Le port de Colón' }] },
    { type: 'image', attrs: { src: '/media/ab/ab01/w960.webp', alt: 'Le port', mediaId: 'one' } },
    {
      type: 'blockquote',
      content: [{ type: 'image', attrs: { src: '/media/cd/cd02/w960.webp', alt: 'Un marché', mediaId: 'two' } }],
    },
  ],
};

describe('pointing images at new files', () => {
  it('changes the src of the images it is told about, nested ones included, and leaves the others', () => {
    const changed = withImageSources(doc, (attrs) =>
      attrs.mediaId === 'two' ? '/media/ef/ef03/w480.webp' : undefined,
    );
    expect(changed.content[1]).toBe(doc.content[1]);
    expect(changed.content[2]).toEqual({
      type: 'blockquote',
      content: [{ type: 'image', attrs: { src: '/media/ef/ef03/w480.webp', alt: 'Un marché', mediaId: 'two' } }],
    });
    expect(doc.content[2]!.content![0]!.attrs!.src).toBe('/media/cd/cd02/w960.webp');
  });

  it('replaces every URL of one folder in rendered HTML, and no other', () => {
    const html =
      '<img src="/media/ab/ab01/w960.webp"><img src="/media/ab/ab01/original.jpg"><img src="/media/cd/cd02/w960.webp">';
    expect(withFolderReplaced(html, 'ab/ab01', '/media/ef/ef03/w960.webp')).toBe(
      '<img src="/media/ef/ef03/w960.webp"><img src="/media/ef/ef03/w960.webp"><img src="/media/cd/cd02/w960.webp">',
    );
  });
});
