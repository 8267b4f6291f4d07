import { browserHost } from './browserHost';
import {
  type Host,
  type HostTheme,
  hostKindOf,
  hostThemeOf,
  PERSONAL_TAB_ID,
  type StageShareResult,
} from './hostInfo';

/** How long to wait for a host that should answer at once; a silent parent means no host. */
export const HOST_TIMEOUT_MS = 4_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** True when the page has a parent frame or a native host to talk to. */
export function isEmbedded(win: Window): boolean {
  return win.parent !== win || 'nativeInterface' in win;
}

/**
 * Connects to Teams, Outlook or the Microsoft 365 app, or settles for the plain browser. In a
 * browser teams-js is not even loaded; in a frame whose parent never answers, or that refuses,
 * the app carries on as in a browser after the timeout, with the reason kept.
 */
export async function connectHost(
  options: {
    readonly win?: Window;
    readonly timeoutMs?: number;
    readonly validOrigins?: readonly string[];
  } = {},
): Promise<Host> {
  const win = options.win ?? window;
  if (!isEmbedded(win)) return browserHost(win);
  const timeoutMs = options.timeoutMs ?? HOST_TIMEOUT_MS;
  try {
    const teams = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
    await withTimeout(
      teams.app.initialize([...(options.validOrigins ?? [])]),
      timeoutMs,
      'The host',
    );
    const context = await withTimeout(teams.app.getContext(), timeoutMs, 'The host context');
    let nestedAuth = false;
    try {
      nestedAuth = teams.nestedAppAuth.isNAAChannelRecommended();
    } catch {
      nestedAuth = false;
    }
    const listeners = new Set<(theme: HostTheme) => void>();
    teams.app.registerOnThemeChangeHandler((theme) => {
      for (const listener of listeners) listener(hostThemeOf(theme));
    });
    return {
      info: {
        kind: hostKindOf(context.app.host.name),
        theme: hostThemeOf(context.app.theme),
        locale: context.app.locale || 'da-DK',
        clientType: context.app.host.clientType,
        loginHint: context.user?.loginHint,
        tenantId: context.user?.tenant?.id,
        nestedAuth,
        frameContext: context.page.frameContext,
        meeting:
          context.chat?.id || context.meeting?.id
            ? { chatId: context.chat?.id, meetingId: context.meeting?.id }
            : undefined,
        appId: context.app.appId?.toString(),
      },
      onThemeChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      notifySuccess() {
        teams.app.notifySuccess();
      },
      allowTabSave(contentUrl, name) {
        // Only a configuration page (frame context "settings") may do this; elsewhere teams-js
        // throws, and the page must carry on.
        if (!teams.pages.config.isSupported()) return;
        try {
          teams.pages.config.registerOnSaveHandler((save) => {
            teams.pages.config
              .setConfig({
                contentUrl,
                websiteUrl: contentUrl,
                entityId: 'netvaerksmoeder',
                suggestedDisplayName: name,
              })
              .then(
                () => save.notifySuccess(),
                (e: unknown) => save.notifyFailure(e instanceof Error ? e.message : String(e)),
              );
          });
          teams.pages.config.setValidityState(true);
        } catch {
          // Not a configuration page after all.
        }
      },
      shareToStage(url) {
        return new Promise<StageShareResult>((resolve) => {
          try {
            teams.meeting.shareAppContentToStage((error, result) => {
              if (error || !result)
                resolve({
                  kind: 'refused',
                  code: error?.errorCode,
                  message: error?.message ?? 'Teams did not share it.',
                });
              else resolve({ kind: 'shared' });
            }, url);
          } catch {
            // teams-js refuses outside a meeting's side panel and stage.
            resolve({ kind: 'unavailable' });
          }
        });
      },
      async openPersonalApp() {
        const appId = context.app.appId?.toString();
        if (!appId || !teams.pages.isSupported()) return false;
        try {
          await teams.pages.navigateToApp({ appId, pageId: PERSONAL_TAB_ID });
          return true;
        } catch {
          return false;
        }
      },
    };
  } catch (e) {
    return browserHost(win, e instanceof Error ? e.message : String(e));
  }
}
