import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS } from './demoPersonas';
import { demoTenant } from './demoTenant';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('the demo personas', () => {
  const tenant = demoTenant();
  const names = DEMO_PERSONAS.map(
    (p) => tenant.users.find((u) => u.id === tenant.key[p.person])?.displayName,
  );

  it('are five different people of the demo tenant', () => {
    expect(new Set(names).size).toBe(5);
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
  });

  it('are each a row of the README’s table, in order, with what they are for', () => {
    const after = readme.slice(readme.indexOf('five personas')).split('\n');
    const first = after.findIndex((line) => line.startsWith('|'));
    const end = after.findIndex((line, k) => k > first && !line.startsWith('|'));
    const table = after.slice(first, end);
    const rows = table.slice(2).map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => cells[1])).toEqual(names);
    for (const cells of rows) expect(cells[3]?.length).toBeGreaterThan(10);
  });
});
