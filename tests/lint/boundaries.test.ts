import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('no-restricted'))
    .map((m) => m.message);
}

describe('dependency direction', () => {
  it.each([
    ["import React from 'react';"],
    ["import { Client } from '@microsoft/microsoft-graph-client';"],
    ["import { app } from '@microsoft/teams-js';"],
    ["import { thing } from '../graph/client';"],
    ["import { x } from '../ui/App';"],
    ["import fs from 'node:fs';"],
  ])('stops src/domain from importing %s', async (code) => {
    const errors = await importErrors('src/domain/probe.ts', `${code}\nexport const y = 1;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/domain is pure');
  });

  it('lets src/domain import its own files, zod and temporal-polyfill', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { Temporal } from 'temporal-polyfill';",
      "import { ROLES } from './roles';",
      'export const y = [z, Temporal, ROLES];',
    ].join('\n');
    expect(await importErrors('src/domain/probe.ts', code)).toEqual([]);
  });

  it('does not hold other folders to the domain rule', async () => {
    expect(
      await importErrors(
        'src/ui/probe.ts',
        "import React from 'react';\nexport const y = React;\n",
      ),
    ).toEqual([]);
  });
});

describe('the Graph layer', () => {
  it('may import domain types, not domain functions', async () => {
    const typeOnly =
      "import type { MeetingPlan } from '../domain';\nexport type P = MeetingPlan;\n";
    expect(await importErrors('src/graph/probe.ts', typeOnly)).toEqual([]);
    const value = "import { renderInvite } from '../domain';\nexport const r = renderInvite;\n";
    expect((await importErrors('src/graph/probe.ts', value))[0]).toContain(
      'imports domain types only',
    );
  });

  it('may not import the UI, the host, sign-in or the emulator', async () => {
    for (const from of ['../ui/App', '../auth/demoToken', '../emulator/server', 'react']) {
      const errors = await importErrors(
        'src/graph/probe.ts',
        `import { x } from '${from}';\nexport const y = x;\n`,
      );
      expect(errors, from).toHaveLength(1);
    }
  });
});

describe('the UI', () => {
  it('never calls fetch itself', async () => {
    expect(
      (await ruleErrors('src/ui/probe.tsx', "export const f = () => fetch('/x');\n"))[0],
    ).toContain('never calls fetch');
    expect(
      (await ruleErrors('src/ui/probe.tsx', "export const f = () => window.fetch('/x');\n"))[0],
    ).toContain('never calls fetch');
  });
});
