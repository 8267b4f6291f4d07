import fc from 'fast-check';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { cancellationComment } from './cancellation';
import { PROGRAMME_START } from './inviteMarks';
import { previewMayBeInvitation } from './invitePreview';
import type { Locale } from './localized';
import { renderInvite } from './renderInvite';
import { aCoveredPlan } from './testBuilders.testSupport';

type Node = T.ChildNode | T.DocumentFragment;
/** The body as text, block elements on lines of their own, as a preview is made from it. */
function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value;
  const inner = ('childNodes' in n ? (n.childNodes as Node[]) : []).map(textOf).join('');
  return ['p', 'div', 'tr', 'li', 'br'].includes(n.nodeName) ? `\r\n${inner}\r\n` : inner;
}

/** Graph's `bodyPreview` of a body: its text, cut at `length` characters. */
function previewOf(html: string, length: number): string {
  return textOf(parseFragment(html)).trim().slice(0, length);
}

describe('previewMayBeInvitation', () => {
  it('knows every invitation by its preview, whatever the title, locale or preview length', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }).filter((t) => t.trim().length > 0),
        fc.constantFrom<Locale>('da', 'en'),
        fc.constantFrom(60, 120, 255),
        (title, locale, length) => {
          const plan = aCoveredPlan();
          const invite = renderInvite({ ...plan, title: { da: title, en: title } }, locale);
          expect(previewMayBeInvitation(previewOf(invite.html, length), invite.subject)).toBe(true);
        },
      ),
    );
  });

  it('finds the series line of invitations from earlier versions, in either language', () => {
    expect(
      previewMayBeInvitation('Netværksmøde om trivsel\r\nNetværksmøde 2 af 3 · torsdag', 'X'),
    ).toBe(true);
    expect(previewMayBeInvitation('Wellbeing Network meeting 1 of 3 · Thursday', 'Y')).toBe(true);
  });

  it('passes over ordinary meetings, with or without a body', () => {
    expect(previewMayBeInvitation('Dagsorden: budget 2027 og netværksmøder i foråret', 'MED')).toBe(
      false,
    );
    expect(previewMayBeInvitation('', 'Teammøde')).toBe(false);
    expect(previewMayBeInvitation('   ', 'Teammøde')).toBe(false);
    expect(previewMayBeInvitation('Microsoft Teams Har du brug for hjælp?', 'Teammøde')).toBe(
      false,
    );
  });

  it('takes a preview cut short inside the subject as a candidate', () => {
    expect(previewMayBeInvitation('Et meget langt  møde', 'Et meget langt møde om alt')).toBe(true);
    // …behind the invisible mark that opens the programme's region.
    const marked = `${PROGRAMME_START}\r\n\r\nEt meget langt møde`;
    expect(previewMayBeInvitation(marked, 'Et meget langt møde om alt')).toBe(true);
  });

  it('takes a cancelled copy carrying only the message and the reference as a candidate', () => {
    const note = cancellationComment('Aflyst pga. sygdom', 'plan-7');
    expect(previewMayBeInvitation(note, 'Aflyst: Netværksmøde', true)).toBe(true);
    const long = cancellationComment('x'.repeat(400), 'plan-7').slice(0, 255);
    expect(previewMayBeInvitation(long, 'Aflyst: Netværksmøde', true)).toBe(true);
    // An ordinary cancelled meeting, and the same note on a copy that is not cancelled, are not.
    expect(previewMayBeInvitation('Vi ses en anden dag', 'Aflyst: Teammøde', true)).toBe(false);
    expect(previewMayBeInvitation(note, 'Aflyst: Netværksmøde', false)).toBe(false);
  });
});
