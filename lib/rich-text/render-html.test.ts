import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renderRichTextHtml } from './render-html';
import type { RichTextNode } from './types';

const doc = (...content: unknown[]) => ({ type: 'doc', content: content as RichTextNode[] });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const link = (href: unknown) => text('lire la suite', [{ type: 'link', attrs: { href } }]);
const image = (attrs: Record<string, unknown>) => ({ type: 'image', attrs });

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  P: [],
  H2: [],
  H3: [],
  H4: [],
  UL: [],
  OL: [],
  LI: [],
  BLOCKQUOTE: [],
  STRONG: [],
  EM: [],
  BR: [],
  FIGURE: [],
  FIGCAPTION: [],
  A: ['href', 'rel'],
  IMG: ['src', 'alt', 'loading'],
  DIV: ['class', 'role', 'tabindex', 'aria-label'],
  TABLE: [],
  CAPTION: [],
  THEAD: [],
  TBODY: [],
  TR: [],
  TH: ['scope', 'colspan', 'rowspan'],
  TD: ['colspan', 'rowspan'],
};
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/media\/)/i;

/** Parses the output as a browser would and checks every element and attribute against the allowlist. */
function expectInert(html: string) {
  const { document } = new Window();
  document.body.innerHTML = html;
  for (const element of document.body.querySelectorAll('*')) {
    const allowed = ALLOWED_ATTRIBUTES[element.tagName];
    expect(allowed, `<${element.tagName.toLowerCase()}> is not allowed`).toBeDefined();
    for (const attribute of element.getAttributeNames()) {
      expect(allowed, `${attribute} on <${element.tagName.toLowerCase()}>`).toContain(attribute);
      if (attribute === 'href' || attribute === 'src') expect(element.getAttribute(attribute)).toMatch(SAFE_URL);
    }
  }
}

const HOSTILE: [string, unknown][] = [
  ['a javascript: link', doc(paragraph(link('javascript:alert(1)')))],
  ['a javascript: link in capitals', doc(paragraph(link('JAVASCRIPT:alert(1)')))],
  ['a javascript: link with a tab inside the scheme', doc(paragraph(link('java\tscript:alert(1)')))],
  ['a javascript: link with leading spaces', doc(paragraph(link('   javascript:alert(1)')))],
  ['a javascript: link with a newline', doc(paragraph(link('javascript\n:alert(1)')))],
  ['an entity-encoded javascript: link', doc(paragraph(link('&#106;avascript:alert(1)')))],
  ['a data: link', doc(paragraph(link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')))],
  ['a vbscript: link', doc(paragraph(link('vbscript:msgbox(1)')))],
  ['a file: link', doc(paragraph(link('file:///etc/passwd')))],
  ['a protocol-relative link', doc(paragraph(link('//evil.example/phish')))],
  [
    'a link whose href breaks out of the attribute',
    doc(paragraph(link('https://example.org/" onmouseover="alert(1)'))),
  ],
  ['a link href that is not a string', doc(paragraph(link({ toString: 'javascript:alert(1)' })))],
  ['an image with a javascript: source', doc(image({ src: 'javascript:alert(1)', alt: 'x' }))],
  ['an image with an SVG data source', doc(image({ src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' }))],
  ['an image over plain http', doc(image({ src: 'http://tracker.example/pixel.gif', alt: '' }))],
  ['an image alt that closes the attribute', doc(image({ src: '/media/a.jpg', alt: '" onerror="alert(1)' }))],
  [
    'an image credit carrying markup',
    doc(image({ src: '/media/a.jpg', alt: 'a', credit: '<img src=x onerror=alert(1)>' })),
  ],
  ['a script node', doc({ type: 'script', content: [text('alert(1)')] })],
  ['an iframe node', doc({ type: 'iframe', attrs: { src: 'https://evil.example' } })],
  ['an svg node with an onload attribute', doc({ type: 'svg', attrs: { onload: 'alert(1)' }, content: [text('x')] })],
  [
    'a paragraph with event-handler attributes',
    doc({ type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'position:fixed' }, content: [text('x')] }),
  ],
  ['text that contains a script tag', doc(paragraph(text('<script>alert(1)</script>')))],
  ['text that contains an img with onerror', doc(paragraph(text('<img src=x onerror=alert(1)>')))],
  [
    'a heading level carrying an attribute',
    doc({ type: 'heading', attrs: { level: '1 onclick=alert(1)' }, content: [text('Titre')] }),
  ],
  [
    'an unknown mark with attributes',
    doc(paragraph(text('x', [{ type: 'span', attrs: { style: 'x', onclick: 'alert(1)' } }]))),
  ],
  [
    'marks nested a thousand times',
    doc(
      paragraph(
        text(
          'x',
          Array.from({ length: 1000 }, () => ({ type: 'bold' })),
        ),
      ),
    ),
  ],
  [
    'a document nested ten thousand levels deep',
    doc(
      Array.from({ length: 10_000 }).reduce<unknown>(
        (inner) => ({ type: 'blockquote', content: [inner] }),
        paragraph(text('deep')),
      ),
    ),
  ],
  ['an oversized document', doc(...Array.from({ length: 20_000 }, () => paragraph(text('<b>bold?</b>'.repeat(5)))))],
  ['content that is not an array', { type: 'doc', content: { 0: { type: 'script' } } }],
  ['null and primitive nodes', doc(null, 42, 'string', paragraph(null, text('ok')))],
  ['text that is not a string', doc(paragraph({ type: 'text', text: { toString: '<script>' } }))],
  [
    'a __proto__ key in the attributes',
    doc(
      JSON.parse(
        '{"type":"paragraph","attrs":{"__proto__":{"onclick":"alert(1)"}},"content":[{"type":"text","text":"x"}]}',
      ),
    ),
  ],
  [
    'a table caption and cell carrying markup, and spans that are not numbers',
    doc({
      type: 'table',
      attrs: { caption: '"><script>alert(1)</script>', onclick: 'alert(1)' },
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: '2" onmouseover="alert(1)', style: 'x' },
              content: [paragraph(text('<img src=x onerror=alert(1)>'))],
            },
          ],
        },
        { type: 'tableRow', content: [{ type: 'script', content: [text('alert(1)')] }] },
      ],
    }),
  ],
  [
    'an attachment block pointing at a script',
    doc({ type: 'attachment', attrs: { href: 'javascript:alert(1)', title: '<script>' } }),
  ],
  ['a link on a mailto with a script payload', doc(paragraph(link('mailto:x@example.org"><script>alert(1)</script>')))],
];

describe('the allowlist renderer, given hostile documents', () => {
  for (const [name, input] of HOSTILE) {
    it(`produces inert markup for ${name}`, () => {
      expectInert(renderRichTextHtml(input as { content?: RichTextNode[] }));
    });
  }

  it('drops unsafe links but keeps their text', () => {
    expect(renderRichTextHtml(doc(paragraph(link('javascript:alert(1)'))))).toBe('<p>lire la suite</p>');
  });

  it('escapes attribute breakouts instead of dropping the link', () => {
    const html = renderRichTextHtml(doc(paragraph(link('mailto:x@example.org"><script>alert(1)</script>'))));
    expect(html).not.toContain('<script');
  });
});

describe('the allowlist renderer, given ordinary documents', () => {
  it('renders paragraphs, headings, lists, quotes and marks', () => {
    const html = renderRichTextHtml(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Contexte')] },
        paragraph(
          text('Un texte '),
          text('important', [{ type: 'bold' }]),
          text(' et '),
          text('nuancé', [{ type: 'italic' }]),
        ),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('un'))] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('deux'))] }] },
        { type: 'blockquote', content: [paragraph(text('« Cité »'))] },
      ),
    );
    expect(html).toBe(
      '<h2>Contexte</h2><p>Un texte <strong>important</strong> et <em>nuancé</em></p><ul><li><p>un</p></li></ul><ol><li><p>deux</p></li></ol><blockquote><p>« Cité »</p></blockquote>',
    );
  });

  it('keeps https, mailto and tel links', () => {
    for (const href of ['https://example.org/rapport', 'mailto:presse@example.org', 'tel:+41225550110']) {
      expect(renderRichTextHtml(doc(paragraph(link(href))))).toContain(`href="${href}"`);
    }
  });

  it('renders an uploaded image with its alt text and credit', () => {
    const html = renderRichTextHtml(
      doc(image({ src: '/media/2026/atelier.webp', alt: 'Participants à l’atelier', credit: 'ACI / L. Herrera' })),
    );
    expect(html).toBe(
      '<figure><img src="/media/2026/atelier.webp" alt="Participants à l’atelier" loading="lazy"><figcaption>ACI / L. Herrera</figcaption></figure>',
    );
  });
});

const cell = (type: 'tableHeader' | 'tableCell', value: string, attrs?: Record<string, unknown>) => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [paragraph(text(value))],
});
const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });

describe('figures', () => {
  it('show the caption, then the credit, under the image, and keep the alt text', () => {
    const html = renderRichTextHtml(
      doc(
        image({
          src: '/media/2026/atelier.webp',
          alt: 'Participants autour d’une carte',
          caption: 'Atelier de cartographie à Colón',
          credit: 'ACI / L. Herrera',
        }),
      ),
    );
    expect(html).toBe(
      '<figure><img src="/media/2026/atelier.webp" alt="Participants autour d’une carte" loading="lazy"><figcaption>Atelier de cartographie à Colón — ACI / L. Herrera</figcaption></figure>',
    );
  });

  it('show a caption alone when there is no credit, and no figcaption when there is neither', () => {
    expect(renderRichTextHtml(doc(image({ src: '/media/a.webp', alt: 'a', caption: 'Seule légende' })))).toContain(
      '<figcaption>Seule légende</figcaption>',
    );
    expect(
      renderRichTextHtml(doc(image({ src: '/media/a.webp', alt: 'a', caption: '  ', credit: null }))),
    ).not.toContain('figcaption');
  });
});

describe('tables', () => {
  it('render the header row as column headers, in a scrolling region named by the caption', () => {
    const html = renderRichTextHtml(
      doc({
        type: 'table',
        attrs: { caption: 'Écoles équipées par province' },
        content: [
          row(cell('tableHeader', 'Province'), cell('tableHeader', 'Écoles')),
          row(cell('tableCell', 'Colón'), cell('tableCell', '12')),
        ],
      }),
    );
    expect(html).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Écoles équipées par province"><table><caption>Écoles équipées par province</caption><thead><tr><th scope="col"><p>Province</p></th><th scope="col"><p>Écoles</p></th></tr></thead><tbody><tr><td><p>Colón</p></td><td><p>12</p></td></tr></tbody></table></div>',
    );
  });

  it('never render a table without a header row: a first row of plain cells becomes the column headers', () => {
    const html = renderRichTextHtml(
      doc({
        type: 'table',
        content: [
          row(cell('tableCell', 'Année'), cell('tableCell', 'Budget')),
          row(cell('tableCell', '2026'), cell('tableCell', '4 M')),
        ],
      }),
    );
    expect(html).toContain(
      '<thead><tr><th scope="col"><p>Année</p></th><th scope="col"><p>Budget</p></th></tr></thead>',
    );
    expect(html).toContain('<td><p>2026</p></td>');
    expect(html).not.toMatch(/<th(>| (?!scope))/);
  });

  it('name a table without a caption by its column headers, and mark a header cell in a body row as a row header', () => {
    const html = renderRichTextHtml(
      doc({
        type: 'table',
        content: [
          row(cell('tableHeader', 'Région'), cell('tableHeader', 'Projets', { colspan: 2 })),
          row(cell('tableHeader', 'Andes'), cell('tableCell', '4'), cell('tableCell', '7')),
        ],
      }),
    );
    expect(html).toContain('aria-label="Région, Projets"');
    expect(html).toContain('<th scope="col" colspan="2"><p>Projets</p></th>');
    expect(html).toContain('<th scope="row"><p>Andes</p></th>');
  });

  it('render nothing for a table without rows', () => {
    expect(renderRichTextHtml(doc({ type: 'table', content: [] }))).toBe('');
  });
});

describe('attachments', () => {
  it('are left out of the text: the release page lists them in its downloads box', () => {
    const attachment = {
      type: 'attachment',
      attrs: {
        attachmentId: '0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10',
        href: `/media/ab/${'ab'.repeat(32)}/rapport.pdf`,
        title: 'Le rapport',
        format: 'pdf',
        bytes: 2_400_000,
      },
    };
    expect(renderRichTextHtml(doc(paragraph(text('Avant')), attachment, paragraph(text('Après'))))).toBe(
      '<p>Avant</p><p>Après</p>',
    );
  });
});
