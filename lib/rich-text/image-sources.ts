import type { RichTextDoc, RichTextNode } from './types';

/**
 * A copy of the document in which every image `sourceOf` knows takes the new `src`; other nodes
 * are shared, not copied. Used to point images at the current files of their library entry.
 */
export function withImageSources(
  doc: RichTextDoc,
  sourceOf: (attrs: Record<string, unknown>) => string | undefined,
): RichTextDoc {
  const visit = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.map((node) => {
      if (node.type === 'image' && node.attrs) {
        const src = sourceOf(node.attrs);
        return src && src !== node.attrs.src ? { ...node, attrs: { ...node.attrs, src } } : node;
      }
      return Array.isArray(node.content) ? { ...node, content: visit(node.content) } : node;
    });
  return { ...doc, content: visit(doc.content ?? []) };
}

/** The HTML with every URL of one media folder (`/media/ab/ab12…/w960.webp`) replaced by `src`. */
export function withFolderReplaced(html: string, folder: string, src: string): string {
  return html.replaceAll(
    new RegExp(`/media/${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[A-Za-z0-9._-]+`, 'g'),
    src,
  );
}
