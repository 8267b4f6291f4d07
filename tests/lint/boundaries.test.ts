import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages of the dependency rule for `code` linted as if it were the file `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message);
}

async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('no-restricted'))
    .map((m) => m.message);
}

const valueImport = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;
const typeImport = (from: string) => `import type { X } from '${from}';\nexport type Y = X;\n`;

type Zone = 'entry' | 'ui' | 'app' | 'auth' | 'emulator' | 'graph' | 'host' | 'config' | 'domain';
const ZONES: readonly Zone[] = [
  'entry',
  'ui',
  'app',
  'auth',
  'emulator',
  'graph',
  'host',
  'config',
  'domain',
];

/** Where a probe of each zone pretends to sit. */
const PROBE_FILE: Record<Zone, string> = {
  entry: 'src/index.tsx',
  ui: 'src/ui/Probe.tsx',
  app: 'src/app/probe.ts',
  auth: 'src/auth/probe.ts',
  emulator: 'src/emulator/probe.ts',
  graph: 'src/graph/probe.ts',
  host: 'src/host/probe.ts',
  config: 'src/config/probe.ts',
  domain: 'src/domain/probe.ts',
};

/** A real file of each zone, through the door a neighbour would use. */
const TARGET: Record<Zone, string> = {
  entry: 'index',
  ui: 'ui/App',
  app: 'app/meetings',
  auth: 'auth/authProvider',
  emulator: 'emulator/server',
  graph: 'graph',
  host: 'host/hostInfo',
  config: 'config/appConfig',
  domain: 'domain',
};

/** Files one other zone may reach alone (README's `auth (demoToken.ts)`): refused to the rest. */
const SHARED_FILES: Partial<Record<Zone, string[]>> = { auth: ['auth/demoToken'] };

const specifier = (from: Zone, target: string) => (from === 'entry' ? './' : '../') + target;

interface Arrow {
  from: Zone;
  to: Zone;
  /** `types`: `import type` only; otherwise the one file of the zone that may be imported. */
  only?: string;
}

/** The allowed directions, read from the picture in README.md so that it stays true. */
function arrowsOfReadme(): Arrow[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const picture = /### Which folder may import which\s+```text\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!picture) throw new Error('README.md has lost its picture of the dependency directions');
  return picture
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [, from, targets] = /^src\/(\w+)(?:\.tsx)?\s+──▶\s+(.*)$/.exec(line) ?? [];
      if (!from || targets === undefined) throw new Error(`unreadable line: ${line}`);
      const source = (from === 'index' ? 'entry' : from) as Zone;
      if (targets.startsWith('nothing')) return [];
      return targets.split(', ').map((target) => {
        const [, to, only] = /^(\w+)(?: \(([^)]+)\))?$/.exec(target) ?? [];
        if (!to) throw new Error(`unreadable target: ${target}`);
        return { from: source, to: to as Zone, ...(only ? { only } : {}) };
      });
    });
}

const ARROWS = arrowsOfReadme();
const arrowOf = (from: Zone, to: Zone) => ARROWS.find((a) => a.from === from && a.to === to);

describe('the picture in README.md', () => {
  it('names every zone and only zones', () => {
    expect(new Set(ARROWS.flatMap((a) => [a.from, a.to])).size).toBeGreaterThan(5);
    for (const a of ARROWS) {
      expect(ZONES, a.from).toContain(a.from);
      expect(ZONES, a.to).toContain(a.to);
    }
  });
});

describe('every allowed direction lints', () => {
  it.each(ARROWS.map((a) => [a.from, a.to, a] as const))('%s → %s', async (from, to, arrow) => {
    const target =
      arrow.only && arrow.only !== 'types'
        ? `${to}/${arrow.only.replace(/\.tsx?$/, '')}`
        : TARGET[to];
    const code = (arrow.only === 'types' ? typeImport : valueImport)(specifier(from, target));
    expect(await importErrors(PROBE_FILE[from], code)).toEqual([]);
  });
});

describe('every other direction fails', () => {
  const refused = ZONES.flatMap((from) =>
    ZONES.filter((to) => to !== from && arrowOf(from, to) === undefined).map(
      (to) => [from, to] as const,
    ),
  );

  it('has a probe for each of them', () => {
    // 9 zones, each may import at most the 8 others: what the picture does not draw is refused.
    expect(refused.length + ARROWS.length).toBe(ZONES.length * (ZONES.length - 1));
  });

  it.each(refused)('%s → %s', async (from, to) => {
    for (const target of [TARGET[to], ...(SHARED_FILES[to] ?? [])]) {
      for (const code of [valueImport, typeImport]) {
        const errors = await importErrors(PROBE_FILE[from], code(specifier(from, target)));
        expect(errors, `${from} → ${target}`).toHaveLength(1);
      }
    }
  });

  it.each(ARROWS.filter((a) => a.only === 'types').map((a) => [a.from, a.to] as const))(
    '%s → %s with a value import',
    async (from, to) => {
      const errors = await importErrors(PROBE_FILE[from], valueImport(specifier(from, TARGET[to])));
      expect(errors).toHaveLength(1);
    },
  );

  it.each(ARROWS.filter((a) => a.only && a.only !== 'types').map((a) => [a.from, a.to] as const))(
    '%s → %s past the one file it may import',
    async (from, to) => {
      const errors = await importErrors(PROBE_FILE[from], valueImport(specifier(from, TARGET[to])));
      expect(errors).toHaveLength(1);
    },
  );
});

describe('the Graph layer has one door, src/graph/index.ts', () => {
  it.each(ARROWS.filter((a) => a.to === 'graph').map((a) => [a.from] as const))(
    'refuses %s a deep import',
    async (from) => {
      for (const deep of ['graph/events', 'graph/tokenSource']) {
        const errors = await importErrors(PROBE_FILE[from], typeImport(specifier(from, deep)));
        expect(errors, deep).toEqual(['Enter the Graph layer through src/graph/index.ts.']);
      }
    },
  );

  it('lets the Graph layer import its own files', async () => {
    expect(await importErrors('src/graph/probe.ts', valueImport('./events'))).toEqual([]);
  });

  it('refuses a test outside the Graph layer a deep import too', async () => {
    expect(
      await importErrors('src/app/probe.test.ts', valueImport('../graph/networkMeetingGraph')),
    ).toHaveLength(1);
  });
});

describe('crossings the regexes let through before', () => {
  it.each([
    ['src/ui/planner/agenda/Probe.tsx', "import { x } from '../../../emulator/routes/events';"],
    ['src/ui/planner/agenda/Probe.tsx', "const m = await import('../../../emulator/server');"],
    ['src/domain/probe.ts', "import type { X } from './../graph/events';"],
    ['src/domain/probe.ts', "export { renderInvite } from './../ui/App';"],
    ['src/ui/Probe.tsx', "import type { X } from '../graph/events';"],
    ['src/app/probe.ts', "import { App } from '../ui/App';"],
    ['src/auth/probe.ts', "import { App } from '../ui/App';"],
    ['src/host/probe.ts', "import { App } from '../ui/App';"],
    ['src/config/probe.ts', "import { App } from '../ui/App';"],
    ['src/emulator/probe.ts', "import { App } from '../ui/App';"],
  ])('refuses %s: %s', async (file, line) => {
    expect(await importErrors(file, `${line}\nexport const y = 1;\n`)).toHaveLength(1);
  });
});

describe('packages', () => {
  const homes: [string, Zone[]][] = [
    ['react', ['ui', 'entry']],
    ['@fluentui/react-components', ['ui', 'entry']],
    ['@microsoft/teams-js', ['host']],
    ['@azure/msal-browser', ['auth']],
    ['@microsoft/microsoft-graph-client', ['graph']],
    ['office-addin-mock', ['host']],
    ['node:fs', ['emulator']],
  ];

  it.each(homes)('%s is imported in its home only', async (pkg, home) => {
    for (const zone of ZONES) {
      const errors = await importErrors(PROBE_FILE[zone], valueImport(pkg));
      expect(errors, zone).toHaveLength(home.includes(zone) ? 0 : 1);
    }
  });

  it('keeps the domain to zod and temporal-polyfill', async () => {
    for (const pkg of ['zod', 'temporal-polyfill']) {
      expect(await importErrors('src/domain/probe.ts', valueImport(pkg)), pkg).toEqual([]);
    }
    for (const pkg of ['ical-generator', '@date-fns/tz', 'parse5', 'vitest']) {
      expect(await importErrors('src/domain/probe.ts', valueImport(pkg)), pkg).toHaveLength(1);
    }
    expect(await importErrors('src/domain/probe.test.ts', valueImport('fast-check'))).toEqual([]);
    expect(await importErrors('src/domain/probe.test.ts', valueImport('react'))).toHaveLength(1);
  });

  it('lets other zones use the rest', async () => {
    expect(await importErrors('src/app/probe.ts', valueImport('ical-generator'))).toEqual([]);
    expect(await importErrors('src/ui/Probe.tsx', valueImport('temporal-polyfill'))).toEqual([]);
  });
});

describe('tests and test support', () => {
  it('lets tests use the emulator, the test builders and app', async () => {
    const test = 'src/graph/probe.test.ts';
    expect(await importErrors(test, valueImport('../emulator/harness.testSupport'))).toEqual([]);
    expect(await importErrors(test, valueImport('../domain/testBuilders.testSupport'))).toEqual([]);
    expect(await importErrors(test, valueImport('../app/meetings'))).toEqual([]);
  });

  it('keeps the domain’s tests pure and tests out of the UI of other zones', async () => {
    expect(
      await importErrors(
        'src/domain/probe.test.ts',
        valueImport('../emulator/demoPlan.testSupport'),
      ),
    ).toHaveLength(1);
    expect(
      await importErrors('src/config/probe.test.ts', valueImport('../ui/MissingConfigPage')),
    ).toHaveLength(1);
  });

  it('keeps tests, builders and the harness out of the app', async () => {
    for (const [file, from] of [
      ['src/app/probe.ts', '../domain/testBuilders.testSupport'],
      ['src/domain/probe.ts', './testBuilders.testSupport'],
      ['src/app/probe.ts', '../emulator/harness.testSupport'],
      ['src/app/probe.ts', './drafts.test'],
    ] as const) {
      expect(await importErrors(file, valueImport(from)), from).toHaveLength(1);
    }
  });

  it('refuses test support (`*.testSupport.ts`) to production code, whichever folder it sits in', async () => {
    for (const [file, from] of [
      ['src/app/probe.ts', './memoryStorage.testSupport'],
      ['src/emulator/probe.ts', './demoPlan.testSupport'],
      ['src/emulator/probe.ts', './harness.testSupport'],
      ['src/ui/Probe.tsx', './hookTests.testSupport'],
      ['src/domain/probe.ts', './testBuilders.testSupport'],
    ] as const) {
      for (const code of [valueImport, typeImport]) {
        expect(await importErrors(file, code(from)), from).toEqual([
          'Only tests import tests and test support (`*.testSupport.ts`).',
        ]);
      }
    }
  });

  it('lets tests and other test support use it', async () => {
    for (const [file, from] of [
      ['src/app/probe.test.ts', './memoryStorage.testSupport'],
      ['src/ui/probe.test.tsx', './hookTests.testSupport'],
      ['src/ui/probe.testSupport.ts', '../emulator/demoPlan.testSupport'],
    ] as const) {
      expect(await importErrors(file, valueImport(from)), from).toEqual([]);
    }
  });

  it('lets the emulator’s harness, and no other emulator file, hand out Graph clients', async () => {
    const harness = 'src/emulator/harness.testSupport.ts';
    expect(await importErrors(harness, valueImport('../graph'))).toEqual([]);
    expect(await importErrors(harness, valueImport('../auth/demoTokenSource'))).toEqual([]);
    expect(await importErrors('src/emulator/server.ts', valueImport('../graph'))).toHaveLength(1);
  });

  it('keeps src/ out of the folders beside it', async () => {
    expect(
      await importErrors('src/config/probe.test.ts', valueImport('../../scripts/csp.mjs')),
    ).toHaveLength(1);
  });
});

describe('every file under src/ is in a zone', () => {
  it('refuses a file of a folder without one', async () => {
    const [result] = await eslint.lintText('export const y = 1;\n', {
      filePath: 'src/newFolder/probe.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('boundaries/no-unknown-files');
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

describe('Office.js stays in src/host/outlook', () => {
  const officeCode =
    '/// <reference types="office-js" />\nexport const item = Office.context.mailbox.item;\n';

  async function officeErrors(filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(officeCode, { filePath });
    return (result?.messages ?? [])
      .filter(
        (m) =>
          m.ruleId === 'no-restricted-globals' ||
          m.ruleId === '@typescript-eslint/triple-slash-reference',
      )
      .map((m) => m.ruleId ?? '');
  }

  it('lets the Outlook host use the Office global and its types', async () => {
    expect(await officeErrors('src/host/outlook/probe.ts')).toEqual([]);
  });

  it.each([
    'src/ui/outlook/Probe.tsx',
    'src/app/probe.ts',
    'src/host/probe.ts',
    'src/outlookPane.tsx',
  ])('refuses them in %s', async (file) => {
    expect((await officeErrors(file)).sort()).toEqual([
      '@typescript-eslint/triple-slash-reference',
      'no-restricted-globals',
    ]);
  });

  it('keeps the UI from fetching as well', async () => {
    const errors = await ruleErrors('src/ui/Probe.tsx', 'export const r = fetch("/x");\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/ui never calls fetch');
  });
});
