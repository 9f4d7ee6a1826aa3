import type { Editor, Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import type { PickedImage } from '@/lib/media/types';
import { safeHref } from './render-html';
import { Untranslated } from './translation-extensions';

/** Where an image may come from, as lib/rich-text/schema.ts allows it: our media library, or https. */
const IMAGE_SRC = /^(\/media\/[A-Za-z0-9/_.-]+|https:\/\/[^\s"'<>]+)$/;

const dataAttribute = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
  renderHTML: (attributes: Record<string, unknown>) => (attributes[name] ? { [`data-${name}`]: attributes[name] } : {}),
});

/**
 * An image block with its alt text and the photographer's credit, tied to its media library
 * entry. Width and height are left out (the stored schema has none), and pasted images from
 * anywhere but https or our library are dropped instead of being refused at the next save.
 */
export const EditorImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
      title: { default: null },
      credit: dataAttribute('credit'),
      mediaId: dataAttribute('media-id'),
    };
  },
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (element: HTMLElement) => (IMAGE_SRC.test(element.getAttribute('src') ?? '') ? null : false),
      },
    ];
  },
});

// The list style (`<ol type="a">`) is not part of a release: numbers only.
const PlainOrderedList = OrderedList.extend({
  addAttributes() {
    const { type: _type, ...attributes } = (this.parent?.() ?? {}) as Record<string, unknown>;
    return attributes;
  },
});

// A link is its address: a tooltip title is not part of a release.
const PlainLink = Link.extend({
  addAttributes() {
    const { title: _title, ...attributes } = (this.parent?.() ?? {}) as Record<string, unknown>;
    return attributes;
  },
});

/**
 * The editor's schema: exactly what lib/rich-text/schema.ts accepts (paragraphs, headings 2–3,
 * lists, quotes, images, bold, italic, safe links, a translation's untranslated text), so that
 * nothing typed or pasted is refused.
 */
export function editorExtensions(image: typeof EditorImage = EditorImage): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      orderedList: false,
      link: false,
    }),
    PlainOrderedList,
    PlainLink.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => safeHref(url) === url,
      shouldAutoLink: (url) => safeHref(url) === url || safeHref(`https://${url}`) !== undefined,
    }),
    image.configure({ inline: false, allowBase64: false }),
    Untranslated,
  ];
}

/** Inserts an image chosen in the media library where the cursor is. */
export function insertImage(editor: Editor, image: PickedImage): boolean {
  return editor
    .chain()
    .focus()
    .insertContent({
      type: 'image',
      attrs: { src: image.src, alt: image.alt, credit: image.credit || null, mediaId: image.mediaId },
    })
    .run();
}
