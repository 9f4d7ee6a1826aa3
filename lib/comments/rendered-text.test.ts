// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHighlights, highlightPassages, quoteSelection } from './rendered-text';

const HTML =
  '<p>Les coopératives partagent <strong>une chambre froide</strong> sur le port.</p><ul><li>une chambre froide</li><li>deux camions</li></ul>';
let body: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `<div id="release-body">${HTML}</div><p id="outside">Ailleurs</p>`;
  body = document.getElementById('release-body')!;
});

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('quoting the selection in the rendered body', () => {
  it('quotes a selection that crosses formatting, with the text around it', () => {
    const paragraph = body.querySelector('p')!;
    const strong = body.querySelector('strong')!.firstChild!;
    const selection = select(paragraph.firstChild!, 4, strong, 3);
    expect(quoteSelection(body, selection)).toEqual({
      quote: 'coopératives partagent une',
      prefix: 'Les ',
      suffix: ' chambre froide sur le port.une ',
    });
  });

  it('ignores a selection outside the body, or an empty one', () => {
    const outside = document.getElementById('outside')!.firstChild!;
    expect(quoteSelection(body, select(outside, 0, outside, 4))).toBeNull();
    const text = body.querySelector('p')!.firstChild!;
    expect(quoteSelection(body, select(text, 2, text, 2))).toBeNull();
  });
});

describe('highlighting quoted passages', () => {
  it('marks the passage the context points to, links it to its comment, and undoes it all', () => {
    const item = body.querySelector('li')!.firstChild!;
    const anchor = quoteSelection(body, select(item, 0, item, 'une chambre froide'.length))!;

    highlightPassages(body, [{ id: 'c1', ...anchor, label: 'Commentaire de Valentina' }]);

    const mark = document.getElementById('highlight-c1')!;
    expect(mark.closest('li')).not.toBeNull();
    expect(mark.textContent).toBe('une chambre froide');
    expect(body.querySelector('a[href="#comment-c1"]')?.getAttribute('aria-label')).toBe('Commentaire de Valentina');
    clearHighlights(body);
    expect(body.innerHTML).toBe(HTML);
  });

  it('marks a passage across formatting in pieces, with one link after the last piece', () => {
    highlightPassages(body, [
      {
        id: 'c2',
        quote: 'partagent une chambre',
        prefix: 'Les coopératives ',
        suffix: ' froide',
        label: 'Commentaire',
      },
    ]);
    const pieces = [...body.querySelectorAll('mark[data-comment-highlight="c2"]')].map((mark) => mark.textContent);
    expect(pieces).toEqual(['partagent ', 'une chambre']);
    expect(body.querySelectorAll('a[href="#comment-c2"]')).toHaveLength(1);
  });

  it('leaves the body alone when the passage is gone, and keeps quoting the same text with marks in place', () => {
    highlightPassages(body, [
      { id: 'gone', quote: 'trois camions', prefix: '', suffix: '', label: 'Commentaire' },
      { id: 'c3', quote: 'deux camions', prefix: '', suffix: '', label: 'Commentaire' },
    ]);
    expect(document.getElementById('highlight-gone')).toBeNull();
    const port = body.querySelector('p')!.lastChild!;
    expect(quoteSelection(body, select(port, 1, port, 8))).toMatchObject({
      quote: 'sur le ',
      suffix: 'port.une chambre froidedeux cami',
    });
  });
});
