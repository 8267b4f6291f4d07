import { describe, expect, it } from 'vitest';
import { teamsJoinBlock } from './teamsBlock';

const BLOCK =
  '<div class="me-email-text"><div style="width:100%">________________________________________________</div>' +
  '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x">Deltag i mødet nu</a></div>';

describe('the Teams join block of a body', () => {
  it('is found with the <div> of line breaks Exchange opens it with, up to </body>', () => {
    const body = `<html><body><p>Program</p><div><br> <br/>${BLOCK}</div></body></html>`;
    expect(teamsJoinBlock(body)).toBe(`<div><br> <br/>${BLOCK}</div>`);
    expect(teamsJoinBlock(`<p>Program</p>${BLOCK}`)).toBe(BLOCK);
    expect(teamsJoinBlock('<p>Program</p>')).toBe('');
  });

  it('is looked for in time proportional to the body, whatever it holds', () => {
    const hostile = [
      '<div '.repeat(40_000),
      // Spaces between line breaks before the block made `(\s*<br>\s*)+$` backtrack exponentially.
      `<div>${'<br>  '.repeat(40)}x${BLOCK}`,
      `${'<div>'.repeat(20_000)}${'_'.repeat(40)}`,
    ];
    for (const body of hostile) {
      const began = performance.now();
      teamsJoinBlock(body);
      // Loose on purpose: backtracking here takes minutes, so a loaded machine cannot fail it.
      expect(performance.now() - began).toBeLessThan(1_000);
    }
  });
});
