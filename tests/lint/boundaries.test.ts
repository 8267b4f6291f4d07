import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
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
