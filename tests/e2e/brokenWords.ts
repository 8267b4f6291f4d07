/**
 * Words the browser broke inside the word ("Accept|eret", "næstforma|nd"): a line break between
 * two letters or digits of one text node, found from each character's rendered box
 * (`Range.getClientRects`). A break after a hyphen, a dash, a slash or a space is where a word
 * may end, and is not reported.
 */
import type { Frame, Page } from 'playwright-core';

/** One word broken across lines: the word with `|` where it broke, and where it sits. */
export interface BrokenWord {
  readonly word: string;
  readonly where: string;
}

/**
 * Every visible text in the page (not inside frames) whose word wraps between two letters or
 * digits. Text that is visually hidden (a 1 px box) and text inside inputs is left alone.
 */
export function brokenWords(target: Page | Frame): Promise<BrokenWord[]> {
  return target.evaluate(() => {
    const wordChar = /[\p{L}\p{N}]/u;
    const found: { word: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !/[\p{L}\p{N}]{2}/u.test(text)) continue;
      const box = parent.getBoundingClientRect();
      // Visually hidden text (Fluent's and ours: 1 px, clipped) wraps at every letter.
      if (box.width <= 2 || box.height <= 2) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden') continue;
      let previous: DOMRect | undefined;
      for (let i = 0; i < text.length; i++) {
        const char = text.charAt(i);
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) {
          previous = undefined;
          continue;
        }
        // A new line: this character starts below the previous one's middle.
        const newLine = previous !== undefined && rect.top >= previous.top + previous.height / 2;
        if (newLine && wordChar.test(char) && wordChar.test(text.charAt(i - 1))) {
          const start = text.slice(0, i).search(/[\p{L}\p{N}-]*$/u);
          const end = i + (text.slice(i).match(/^[\p{L}\p{N}-]*/u)?.[0].length ?? 0);
          const label = parent.closest('[data-testid],[id],section,table,li');
          found.push({
            word: `${text.slice(start, i)}|${text.slice(i, end)}`,
            where: `${parent.tagName.toLowerCase()} in ${
              label
                ? `${label.tagName.toLowerCase()}${label.id ? `#${label.id}` : ''}${
                    label.getAttribute('data-testid')
                      ? `[${label.getAttribute('data-testid')}]`
                      : ''
                  }`
                : 'body'
            }`,
          });
        }
        previous = rect;
      }
    }
    range.detach();
    return found;
  });
}
