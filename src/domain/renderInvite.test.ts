import fc from 'fast-check';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './html';
import { sameInBoth } from './localized';
import type { MeetingPlan } from './plan';
import { planRefIn } from './inviteMarks';
import { renderInvite } from './renderInvite';
import { aCoveredPlan, aPersonRef } from './testBuilders.testSupport';

type Node = T.ChildNode | T.DocumentFragment;
const isElement = (n: Node): n is T.Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of children(n)) yield* walk(c);
}
/** Text as a reader sees it: `<br>` is a line break. */
function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value;
  if (isElement(n) && n.tagName === 'br') return '\n';
  return children(n).map(textOf).join('');
}
const elements = (root: Node, tag: string) =>
  [...walk(root)].filter((n): n is T.Element => isElement(n) && n.tagName === tag);

function rows(html: string): string[][] {
  const fragment = parseFragment(html);
  return elements(fragment, 'tr').map((tr) => elements(tr, 'td').map((td) => textOf(td)));
}

const SAFE_ELEMENTS = new Set([
  'div',
  'p',
  'b',
  'span',
  'br',
  'table',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
]);
const SAFE_ATTRIBUTES = new Set(['style', 'dir', 'cellpadding', 'cellspacing', 'border', 'scope']);

/** Everything in the HTML that could run code, load something or point somewhere. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const node of walk(parseFragment(html))) {
    if (node.nodeName === '#comment') found.push('comment');
    if (!isElement(node)) continue;
    if (!SAFE_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const attr of node.attrs) {
      if (!SAFE_ATTRIBUTES.has(attr.name)) found.push(`@${attr.name}`);
      if (/url\(|javascript:|expression\(|https?:|data:/i.test(attr.value))
        found.push(`${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe('renderInvite', () => {
  it('writes one table row per block: Danish time, title and note, presenters', () => {
    const plan = aCoveredPlan();
    const { html } = renderInvite(plan, 'da');
    const table = rows(html).slice(1);
    expect(table).toHaveLength(plan.agenda.length);
    expect(table[0]).toEqual(['11.00–11.10', 'Velkomst, formål og program', '']);
    expect(table[4]?.[0]).toBe('11.55–12.15');
    expect(table[4]?.[1]).toBe('Arbejdsplads A: Præsentation ved Lokal TRIO\n+ summen i grupper');
    expect(table[4]?.[2]).toBe(
      'Arbejdsplads A (Lokal TRIO: Arbejdsplads A leder, Arbejdsplads A AMR og Arbejdsplads A TR)',
    );
    expect(table[7]?.[2]).toBe('HR-konsulent og Arbejdsmiljøkonsulent');
    expect(elements(parseFragment(html), 'table')).toHaveLength(1);
    expect(elements(parseFragment(html), 'th').map((th) => textOf(th))).toEqual([
      'Tid',
      'Punkt',
      'Oplæg ved',
    ]);
  });

  it('speaks English with English times when asked', () => {
    const { html, text, subject } = renderInvite(aCoveredPlan(), 'en');
    expect(rows(html)[1]).toEqual(['11:00–11:10', 'Welcome, purpose and programme', '']);
    expect(subject).toBe('1st network meeting on social capital');
    expect(text).toContain('Network meeting 1 of 3 · Thursday 12 March 2026, 11:00–14:00');
    expect(text).toContain('13:25–13:55  Reflection on the day');
  });

  it('gives a plain-text version with every block', () => {
    const plan = aCoveredPlan();
    const { text } = renderInvite(plan, 'da');
    expect(text).toContain('Netværksmøde 1 af 3 · torsdag den 12. marts 2026, 11.00–14.00');
    for (const block of plan.agenda) expect(text).toContain(block.title.da);
    expect(text).toContain('Teams-møde');
  });

  it('uses inline styles only and nothing that runs, loads or links', () => {
    const { html } = renderInvite(
      { ...aCoveredPlan(), location: { teams: true, place: 'Rådhuset, sal 2' } },
      'da',
    );
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/<style|<script|<link|<img|class=/i);
  });

  it('leaves the Teams join block to Graph', () => {
    const { html } = renderInvite(aCoveredPlan(), 'en');
    expect(html).not.toMatch(/teams\.microsoft\.com|Join the meeting|Deltag i mødet/i);
  });

  it('sorts rows by time even if the plan lists blocks out of order', () => {
    const plan = aCoveredPlan();
    const shuffled = { ...plan, agenda: [...plan.agenda].reverse() };
    expect(rows(renderInvite(shuffled, 'da').html)[1]?.[0]).toBe('11.00–11.10');
  });
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">klik</a>',
  '<!-- kommentar --><!--',
  '--><script>x</script>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  '&lt;already escaped&gt; &amp; <b>bold</b>',
  'x'.repeat(10_000),
  'מפגש רשת ‮evil‬ عربي',
  'Møde 🧑‍🤝‍🧑🇩🇰 med æøå',
  '<svg/onload=alert(1)>',
  '<iframe srcdoc="<script>1</script>">',
  'line one\r\nline two\rline three',
];

function hostilePlan(s: string): MeetingPlan {
  const plan = aCoveredPlan();
  const evil = { ...aPersonRef(), name: s };
  return {
    ...plan,
    title: sameInBoth(s),
    focus: sameInBoth(s),
    location: { teams: false, place: s },
    agenda: plan.agenda.map((b) => ({
      ...b,
      title: sameInBoth(s),
      note: sameInBoth(s),
      presenters: { ...b.presenters, people: [evil] },
    })),
    presentingWorkplaces: plan.presentingWorkplaces.map((w) => ({
      ...w,
      name: s,
      trio: { leader: evil, amr: evil, tr: evil },
    })),
  };
}

describe('renderInvite with hostile strings', () => {
  it.each(HOSTILE.map((s) => [s.slice(0, 40), s]))(
    '%s: nothing can run and the text reads back',
    (_, s) => {
      for (const locale of ['da', 'en'] as const) {
        const { html, text, subject } = renderInvite(hostilePlan(s), locale);
        expect(dangers(html)).toEqual([]);
        const fragment = parseFragment(html);
        const expected = normalizeText(s);
        const firstRow = rows(html)[1];
        expect(firstRow?.[1]).toBe(`${expected}\n${expected}`);
        expect(firstRow?.[2]).toContain(expected);
        expect(textOf(elements(fragment, 'p')[0] as T.Element)).toBe(expected);
        expect(textOf(fragment)).toContain(expected);
        expect(text).toContain(expected.split('\n')[0]);
        expect(subject).toBe(expected.replace(/\n/g, ' '));
      }
    },
  );

  it('escapes any string: parsing the HTML gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const { html } = renderInvite(hostilePlan(s), 'da');
        expect(dangers(html)).toEqual([]);
        const fragment = parseFragment(html);
        expect(textOf(elements(fragment, 'p')[0] as T.Element)).toBe(normalizeText(s));
        const t = normalizeText(s);
        expect(rows(html)[1]?.[1]).toBe(t.trim() ? `${t}\n${t}` : t);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the invitation’s reference', () => {
  it('lets an attendee’s copy name the plan it came from, in HTML and in text', () => {
    const plan = { ...aCoveredPlan(), id: '6f1c2d3e-aaaa-bbbb-cccc-123456789abc' };
    const { html, text } = renderInvite(plan, 'da');
    expect(planRefIn(html)).toBe(plan.id);
    expect(planRefIn(text)).toBe(plan.id);
    expect(planRefIn('<p>Et andet møde</p>')).toBeUndefined();
  });
});
