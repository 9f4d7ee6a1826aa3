import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves through the page with Tab (or Shift+Tab) until the target has the focus, as a keyboard
 * user does, then checks that they can see where they are: a focus ring drawn, and the focused
 * element not hidden under anything else (a sticky bar, a dialog's backdrop).
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, presses = 150 } = {}) {
  await target.waitFor();
  for (let press = 0; press < presses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      return expect(await focusProblem(target)).toBe('');
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${presses} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target}`);
}

/** Why a keyboard user could not see the focused element, or '' when they can. */
function focusProblem(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    if (!ring) return `no focus ring on ${element.outerHTML.slice(0, 120)}`;
    const box = element.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) return `focused element out of view: ${box.top}`;
    // A point just inside the top left corner: a sticky bar covers a field from its edge inwards.
    const x = box.left + Math.min(box.width / 2, 12);
    const y = Math.max(box.top, 0) + Math.min(box.height / 2, 8);
    const hit = document.elementFromPoint(x, y);
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
    if (hit && (element.contains(hit) || labels.some((label) => label.contains(hit)))) return '';
    return `focused element covered by ${hit?.outerHTML.slice(0, 120) ?? 'nothing on screen'}`;
  });
}

/** Tabs to a button or link and presses Enter on it. */
export async function activate(page: Page, target: Locator, options?: { backwards?: boolean }) {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}
