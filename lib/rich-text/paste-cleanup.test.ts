// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from './editor-extensions';
import { cleanPastedHtml, PENDING_IMAGE_PREFIX } from './paste-cleanup';
import { parseRichText } from './schema';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const tokens = () => {
  let n = 0;
  return () => `img${(n += 1)}`;
};
const clean = (html: string, options = {}) => cleanPastedHtml(html, { newToken: tokens(), ...options });
/** The cleaned HTML without the whitespace between tags, to compare with what a release keeps. */
const compact = (html: string) => html.replace(/>\s+</g, '><').trim();

describe('pasting from Word', () => {
  const word = clean(fixture('word-paste.html'));

  it('keeps the headings, starting at level 2, and the text with its bold and italic', () => {
    expect(compact(word.html)).toContain(
      '<h2>Solar pumps reach the northern villages</h2><p>The office in Tambacounda installed <strong>twelve</strong> new pumps this spring, with <em>local</em> technicians.</p><h3>What changes for families</h3>',
    );
  });

  it('turns Word’s list paragraphs back into lists, nested and numbered as they were, without their bullet characters', () => {
    expect(compact(word.html)).toContain(
      '<ul><li><p>Water within five hundred metres</p><ul><li><p>even in the dry season</p></li></ul></li><li><p>Less time carrying water, more time at school</p></li></ul><ol><li><p>Survey the wells</p></li><li><p>Train the village committees</p></li></ol>',
    );
  });

  it('keeps the table, its cells and their bold, without widths, borders or classes', () => {
    expect(compact(word.html)).toContain(
      '<table><tbody><tr><td><p><strong>Village</strong></p></td><td><p><strong>Pumps</strong></p></td></tr><tr><td><p>Koussanar</p></td><td><p>4</p></td></tr></tbody></table>',
    );
  });

  it('drops styles, classes, fonts, spans, <o:p>, VML, comments, scripts, bookmarks and empty paragraphs', () => {
    for (const gone of [
      'style=',
      'class=',
      'mso-',
      '<span',
      '<o:p',
      'o:p>',
      '<v:',
      '<!--',
      '<script',
      'alert',
      'name="_Toc',
      '&nbsp;',
      '<p></p>',
      'st1:',
    ])
      expect(word.html).not.toContain(gone);
  });

  it('keeps safe links and unwraps a javascript: one to its text', () => {
    expect(word.html).toContain('<a href="https://www.example.org/report.pdf">full report</a> or this.');
  });

  it('puts the web image in a placeholder to import, and removes the file of the writer’s computer, counting it', () => {
    expect(word.images).toEqual([
      { placeholder: `${PENDING_IMAGE_PREFIX}img1`, source: { url: 'https://photos.example.org/pumps/koussanar.jpg' } },
    ]);
    expect(word.html).toContain(`<img src="${PENDING_IMAGE_PREFIX}img1" alt="">`);
    expect(word.html).not.toContain('file:');
    expect(word.dropped).toBe(1);
  });

  it('gives the editor a document the stored schema accepts', () => {
    const doc = generateJSON(word.html, editorExtensions());
    expect(parseRichText(doc).ok).toBe(true);
    expect(doc.content.map((node: { type: string }) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'table',
      'image',
      'paragraph',
    ]);
  });
});

describe('pasting from Google Docs', () => {
  const docs = clean(fixture('google-docs-paste.html'));

  it('unwraps the <b> around the whole selection, which is not bold', () => {
    expect(
      compact(docs.html).startsWith(
        '<h2>Cold store opens in Colón</h2><p><strong>Four cooperatives</strong> now share',
      ),
    ).toBe(true);
  });

  it('turns bold and italic styled spans into bold and italic, both when a span is both', () => {
    expect(docs.html).toContain('<em>run on solar power</em>');
    expect(compact(docs.html)).toContain('<li><p><em><strong>The harbour market</strong></em></p></li>');
  });

  it('follows Google’s redirect to the link’s real address', () => {
    expect(docs.html).toContain('<a href="https://www.example.org/colon">the project page</a>');
  });

  it('keeps the list and the table without their styles, and drops the line breaks between blocks', () => {
    expect(compact(docs.html)).toContain('<h3>Who benefits</h3><ul><li><p>Sixty fishing families</p></li>');
    expect(compact(docs.html)).toContain('<td colspan="1"><p>Los Pescadores</p></td>');
    expect(docs.html).not.toMatch(/style=|dir=|colgroup|<br>|role=|aria-level/);
  });

  it('imports both the hosted image and the one carried as data, in the order of the text', () => {
    expect(docs.images.map((image) => image.source)).toEqual([
      { url: 'https://lh7-rt.googleusercontent.com/docsz/AD_4nXc-cold-store-photo?key=abc123' },
      { dataUri: expect.stringMatching(/^data:image\/png;base64,iVBOR/) },
    ]);
    expect(docs.dropped).toBe(0);
  });

  it('gives the editor a document the stored schema accepts', () => {
    const doc = generateJSON(docs.html, editorExtensions());
    expect(parseRichText(doc).ok).toBe(true);
    expect(doc.content.filter((node: { type: string }) => node.type === 'image')).toHaveLength(2);
  });
});

describe('pasting from a web page', () => {
  it('keeps the article and drops the page around it', () => {
    const { html } = clean(
      '<div class="article"><h3 class="title" onclick="steal()">Budget <font color="red">2027</font></h3><p style="margin:0">One <u>line</u>.</p><iframe src="https://ads.example"></iframe><style>p{}</style><form><input name="q"></form></div>',
    );
    expect(html).toBe('<h2>Budget 2027</h2><p>One line.</p>');
  });

  it('removes every image when images cannot be imported here (a page), counting them', () => {
    const result = clean(
      '<p>Logo: <img src="https://example.org/logo.png"></p><img src="data:image/png;base64,AAAA">',
      {
        importImages: false,
      },
    );
    expect(result).toEqual({ html: '<p>Logo: </p>', images: [], dropped: 2 });
  });

  it('leaves an image of our own library as it is', () => {
    expect(clean('<img src="/media/ab/abc123/w960.webp" alt="The harbour" class="x">').html).toBe(
      '<img src="/media/ab/abc123/w960.webp" alt="The harbour">',
    );
  });

  it('leaves text copied inside the editor as it is, with its own attributes', () => {
    const internal = '<p data-pm-slice="1 1 []">Copied <img src="/media/ab/x/w960.webp" data-media-id="m1"></p>';
    expect(clean(internal).html).toBe(internal);
  });
});
