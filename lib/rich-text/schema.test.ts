import { describe, expect, it } from 'vitest';
import { parseRichText } from './schema';

const paragraph = (text: string, marks?: unknown[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});

describe('stored rich text', () => {
  it('accepts what the editor produces', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Contexte' }] },
        paragraph('Un lien', [
          {
            type: 'link',
            attrs: { href: 'https://example.org', target: '_blank', rel: 'noopener noreferrer nofollow', class: null },
          },
        ]),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('point')] }] },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [paragraph('étape')] }],
        },
        { type: 'blockquote', content: [paragraph('« citation »')] },
        { type: 'image', attrs: { src: '/media/2026/photo.webp', alt: 'Une photo', title: null, credit: 'ACI' } },
        { type: 'paragraph' },
      ],
    };
    expect(parseRichText(doc)).toEqual({ ok: true, doc });
  });

  it('refuses a node type the editor does not offer, naming where it is', () => {
    const result = parseRichText({
      type: 'doc',
      content: [paragraph('ok'), { type: 'iframe', attrs: { src: 'https://example.org' } }],
    });
    expect(result).toEqual({ ok: false, problem: { code: 'unknown_node', path: 'content.1.type' } });
  });

  it('refuses links with schemes other than http, https, mailto and tel', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', ' java\tscript:x']) {
      const result = parseRichText({ type: 'doc', content: [paragraph('x', [{ type: 'link', attrs: { href } }])] });
      expect(result, href).toMatchObject({ ok: false, problem: { code: 'unsafe_link' } });
    }
  });

  it('refuses images that are not ours or not https', () => {
    const result = parseRichText({
      type: 'doc',
      content: [{ type: 'image', attrs: { src: 'http://example.org/x.png', alt: 'x' } }],
    });
    expect(result).toMatchObject({ ok: false, problem: { code: 'unsafe_image' } });
  });

  it('refuses unknown attributes, such as event handlers', () => {
    const result = parseRichText({ type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' } }] });
    expect(result).toEqual({ ok: false, problem: { code: 'unknown_attribute', path: 'content.0.attrs' } });
  });

  it('refuses unknown marks', () => {
    expect(parseRichText({ type: 'doc', content: [paragraph('x', [{ type: 'underline' }])] })).toMatchObject({
      ok: false,
    });
  });

  it('refuses documents nested too deep or with too many nodes', () => {
    let deep: unknown = paragraph('fond');
    for (let level = 0; level < 50; level += 1) deep = { type: 'blockquote', content: [deep] };
    expect(parseRichText({ type: 'doc', content: [deep] })).toEqual({
      ok: false,
      problem: { code: 'too_deep', path: '' },
    });
    const many = { type: 'doc', content: Array.from({ length: 25_000 }, () => ({ type: 'paragraph' })) };
    expect(parseRichText(many)).toEqual({ ok: false, problem: { code: 'too_many_nodes', path: '' } });
  });

  it('refuses a document nested thousands of levels deep, in its content or its attributes, without running out of stack', () => {
    let deep: unknown = paragraph('fond');
    for (let level = 0; level < 5_000; level += 1) deep = { type: 'blockquote', content: [deep] };
    expect(parseRichText({ type: 'doc', content: [deep] })).toEqual({
      ok: false,
      problem: { code: 'too_deep', path: '' },
    });
    let attrs: unknown = {};
    for (let level = 0; level < 100_000; level += 1) attrs = { a: [attrs] };
    expect(parseRichText({ type: 'doc', content: [{ type: 'paragraph', attrs }] })).toEqual({
      ok: false,
      problem: { code: 'too_deep', path: '' },
    });
  });

  it('refuses anything that is not a document', () => {
    for (const value of [null, 'texte', [], { type: 'paragraph' }, { type: 'doc' }]) {
      expect(parseRichText(value)).toMatchObject({ ok: false });
    }
  });
});
