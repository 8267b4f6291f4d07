import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fillManifest, validatePackage, zipPackage } from '../../scripts/appPackage';
import { ADDIN_PAGES, SEND_CHECK_FILE } from '../../scripts/csp.mjs';
import { ORGANISER_PANE_COMMAND, SEND_CHECK_ACTION } from '../../src/host/outlook/sendEvent';

const config = {
  clientId: '6c1b2a4e-1f0a-4b8e-9c7d-2f3e4a5b6c7d',
  appUrl: 'https://netvaerksmoeder.example.org',
};
const root = path.resolve(import.meta.dirname, '../..');

describe('the app package', () => {
  it('validates against Microsoft’s schema, with a personal tab, the meeting’s tab, side panel and stage, and SSO', async () => {
    const manifest = fillManifest(config);
    expect(await validatePackage(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      manifestVersion: '1.24',
      staticTabs: [
        { scopes: ['personal'], contentUrl: 'https://netvaerksmoeder.example.org/?view=personal' },
      ],
      configurableTabs: [
        {
          configurationUrl: 'https://netvaerksmoeder.example.org/?view=configure',
          scopes: ['groupChat'],
          context: ['meetingDetailsTab', 'meetingChatTab', 'meetingSidePanel', 'meetingStage'],
        },
      ],
      validDomains: ['netvaerksmoeder.example.org'],
      webApplicationInfo: {
        id: config.clientId,
        resource: `api://netvaerksmoeder.example.org/${config.clientId}`,
      },
      localizationInfo: {
        defaultLanguageTag: 'da-dk',
        additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }],
      },
    });
  });

  it('lists exactly the contexts that work: a meeting’s, no channel or group chat (README)', () => {
    const manifest = fillManifest(config) as {
      configurableTabs: { scopes: string[]; context: string[] }[];
      authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
      validDomains: string[];
    };
    const [tab] = manifest.configurableTabs;
    expect(manifest.configurableTabs).toHaveLength(1);
    expect(tab?.scopes).not.toContain('team');
    expect(tab?.context).not.toContain('channelTab');
    expect(tab?.context).not.toContain('privateChatTab');
    // Sharing to the stage: the meetingStage context, the resource-specific permission, and the
    // shared page's host among the valid domains.
    expect(tab?.context).toContain('meetingStage');
    expect(manifest.authorization.permissions.resourceSpecific).toContainEqual({
      name: 'MeetingStage.Write.Chat',
      type: 'Delegated',
    });
    expect(manifest.validDomains).toContain('netvaerksmoeder.example.org');
    // The route to the meeting is Graph's (Chat.ReadBasic), not teams-js's getMeetingDetails.
    expect(manifest.authorization.permissions.resourceSpecific.map((p) => p.name)).not.toContain(
      'OnlineMeeting.ReadBasic.Chat',
    );
  });

  it('zips the manifest, both icons and both localisation files at the top level', async () => {
    const zip = await JSZip.loadAsync(await zipPackage(fillManifest(config)));
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'da.json',
      'en.json',
      'manifest.json',
      'outline.png',
    ]);
    const manifest = JSON.parse(await (zip.file('manifest.json')?.async('string') ?? '{}')) as {
      id: string;
    };
    expect(manifest.id).toBe(config.clientId);
  });

  it('catches an invalid manifest', async () => {
    const manifest = fillManifest(config);
    const broken = {
      ...manifest,
      name: { short: 'Netværksmøder om social kapital i kommuner', full: 'x' },
      staticTabs: [{ entityId: 'x', scopes: ['everyone'] }],
    };
    const problems = await validatePackage(broken);
    expect(problems.some((p) => p.includes('/name/short'))).toBe(true);
    expect(problems.some((p) => p.includes('/staticTabs/0'))).toBe(true);
  });

  it('fails `npm run package` when the configuration is missing, saying what is missing', () => {
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NM_'))),
      NM_IGNORE_DOTENV: '1',
    };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NM_CLIENT_ID');
    expect(run.stderr).toContain('NM_APP_URL');
  });
});

describe('the Outlook add-in in the same package', () => {
  interface Action {
    id: string;
    type: string;
  }
  interface Runtime {
    id: string;
    code: { page: string; script?: string };
    actions: Action[];
    requirements?: { capabilities: { name: string; minVersion: string }[] };
  }
  interface Icon {
    size: number;
    url: string;
  }
  interface Control {
    id: string;
    actionId: string;
    label: string;
    icons: Icon[];
  }
  interface Extension {
    requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
    runtimes: Runtime[];
    ribbons: { contexts: string[]; tabs: { groups: { icons: Icon[]; controls: Control[] }[] }[] }[];
    autoRunEvents: {
      requirements: { capabilities: { name: string; minVersion: string }[] };
      events: { type: string; actionId: string; options: { sendMode: string } }[];
    }[];
  }
  const manifest = fillManifest(config) as {
    extensions: Extension[];
    authorization: unknown;
  };
  const [extension] = manifest.extensions;
  const runtimeOf = (actionId: string) =>
    extension?.runtimes.find((r) => r.actions.some((a) => a.id === actionId));
  const actionOf = (actionId: string) =>
    runtimeOf(actionId)?.actions.find((a) => a.id === actionId);

  it('is one extension with a pane for the organiser and one for attendees', () => {
    expect(manifest.extensions).toHaveLength(1);
    expect(extension?.requirements.scopes).toEqual(['mail']);
    const panes = extension?.ribbons.map((r) => {
      const control = r.tabs[0]?.groups[0]?.controls[0];
      return {
        contexts: r.contexts,
        action: actionOf(control?.actionId ?? '')?.type,
        page: runtimeOf(control?.actionId ?? '')?.code.page,
      };
    });
    expect(panes).toEqual([
      {
        contexts: ['meetingDetailsOrganizer'],
        action: 'openPage',
        page: 'https://netvaerksmoeder.example.org/outlook.html?pane=organizer',
      },
      {
        contexts: ['meetingDetailsAttendee'],
        action: 'openPage',
        page: 'https://netvaerksmoeder.example.org/outlook.html?pane=attendee',
      },
    ]);
  });

  it('checks coverage on send in soft-block mode, with the handler the send check registers', () => {
    const [auto] = extension?.autoRunEvents ?? [];
    expect(auto?.events).toEqual([
      {
        type: 'appointmentSending',
        actionId: SEND_CHECK_ACTION,
        options: { sendMode: 'softBlock' },
      },
    ]);
    expect(auto?.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.12' }]);
    const runtime = runtimeOf(SEND_CHECK_ACTION);
    expect(actionOf(SEND_CHECK_ACTION)?.type).toBe('executeFunction');
    expect(runtime?.code).toEqual({
      page: 'https://netvaerksmoeder.example.org/outlook-send.html',
      script: `https://netvaerksmoeder.example.org/${SEND_CHECK_FILE}`,
    });
    expect(runtime?.requirements?.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.12' }]);
  });

  it('names the organiser pane’s button as the send check’s dialog opens it (commandId)', () => {
    const organiser = extension?.ribbons.find((r) =>
      r.contexts.includes('meetingDetailsOrganizer'),
    );
    const controls = organiser?.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)) ?? [];
    const button = controls.find((c) => c.id === ORGANISER_PANE_COMMAND);
    expect(button).toBeDefined();
    expect(runtimeOf(button?.actionId ?? '')?.code.page).toBe(
      'https://netvaerksmoeder.example.org/outlook.html?pane=organizer',
    );
  });

  it('names only pages the build writes, and asks for the item only (and the meeting’s stage)', () => {
    const pages = (extension?.runtimes ?? []).map((r) => new URL(r.code.page).pathname);
    expect(new Set(pages)).toEqual(new Set(ADDIN_PAGES));
    expect(manifest.authorization).toEqual({
      permissions: {
        resourceSpecific: [
          { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
          { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
        ],
      },
    });
  });

  it('has every ribbon icon as {size, url} on the app’s address, drawn at that size', () => {
    const icons = (extension?.ribbons ?? []).flatMap((r) =>
      r.tabs.flatMap((t) =>
        t.groups.flatMap((g) => [...g.icons, ...g.controls.flatMap((c) => c.icons)]),
      ),
    );
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 80]));
    for (const icon of icons) {
      expect(Object.keys(icon).sort()).toEqual(['size', 'url']);
      const url = new URL(icon.url);
      expect(url.origin).toBe('https://netvaerksmoeder.example.org');
      const png = PNG.sync.read(readFileSync(path.join(root, 'manifest', url.pathname)));
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
    }
  });

  it('is labelled in Danish and English', () => {
    for (const [file, label] of [
      ['da.json', 'Netværksmøde'],
      ['en.json', 'Network meeting'],
    ] as const) {
      const strings = JSON.parse(readFileSync(path.join(root, 'manifest', file), 'utf8')) as Record<
        string,
        string
      >;
      expect(strings['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe(label);
      expect(strings['extensions[0].ribbons[1].tabs[0].groups[0].controls[0].label']).toBe(label);
    }
  });

  it('catches an add-in icon in the old {size, file} shape', async () => {
    const broken = structuredClone(manifest) as unknown as {
      extensions: { ribbons: { tabs: { groups: { icons: unknown[] }[] }[] }[] }[];
    };
    const group = broken.extensions[0]?.ribbons[0]?.tabs[0]?.groups[0];
    if (group) group.icons = [{ size: 16, file: 'https://netvaerksmoeder.example.org/x.png' }];
    const problems = await validatePackage(broken as unknown as Record<string, unknown>);
    expect(problems.some((p) => p.includes('/extensions/0/ribbons/0'))).toBe(true);
  });
});
