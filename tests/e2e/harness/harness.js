// A stand-in for Teams, Outlook or the Microsoft 365 app, for browser tests: it frames the tab
// and answers teams-js's messages as a host does. Query: app (the tab's URL), host (Teams,
// Outlook, Office), locale, theme, clientType, user, userName, silent (never answer); in a
// meeting (src/emulator/FIDELITY.md, "The Teams host harness"): frameContext (content,
// sidePanel, meetingStage, settings), chatId (the meeting chat's thread, as the emulator's
// /_emulator/mailboxes/{address}/onlineMeetings gives it; meetingId follows from it unless
// given), role (Organizer, Presenter or Attendee: who may share to the stage), appId; in a
// channel channelId, channelName, teamId, teamName, groupId (the demo Teams host,
// demo-teams.js, passes them as Teams would).
(function () {
  const params = new URLSearchParams(location.search);
  const appUrl = params.get('app');
  const appOrigin = new URL(appUrl).origin;
  const frame = document.getElementById('tab');
  const messages = [];
  window.__hostMessages = messages;

  const context = {
    locale: params.get('locale') || 'da-DK',
    theme: params.get('theme') || 'default',
    hostName: params.get('host') || 'Teams',
    hostClientType: params.get('clientType') || 'web',
    frameContext:
      params.get('frameContext') || (appUrl.includes('view=configure') ? 'settings' : 'content'),
    appSessionId: 'harness-session',
    sessionId: 'harness-host-session',
    entityId: 'netvaerksmoeder',
    loginHint: params.get('user') || 'signe.vestergaard@egeskov.example',
    userPrincipalName: params.get('user') || 'signe.vestergaard@egeskov.example',
    userDisplayName: params.get('userName') || undefined,
    tid: '00000000-0000-0000-0000-0000000e9e5c',
    // teams-js turns these into context.chat.id, meeting.id, channel and team.
    chatId: params.get('chatId') || undefined,
    meetingId: params.get('meetingId') || undefined,
    channelId: params.get('channelId') || undefined,
    channelName: params.get('channelName') || undefined,
    channelType: params.get('channelId') ? 'Regular' : undefined,
    teamId: params.get('teamId') || undefined,
    teamName: params.get('teamName') || undefined,
    groupId: params.get('groupId') || undefined,
    appId: params.get('appId') || '6c1b2a4e-1f0a-4b8e-9c7d-2f3e4a5b6c7d',
  };
  // In a meeting, Teams names the meeting chat and the meeting; meeting.id is base64 of
  // `0#<chat thread>#0` (FIDELITY.md).
  const chatId = params.get('chatId');
  if (chatId) {
    context.chatId = chatId;
    context.meetingId = params.get('meetingId') || btoa(`0#${chatId}#0`);
  }
  const role = params.get('role') || 'Organizer';
  /** Every URL shared to the stage, in order; the last is on the stage. */
  const stageShares = [];
  window.__stageShares = stageShares;
  /** Where the tab asked Teams to take the user (pages.navigateToApp). */
  const navigations = [];
  window.__navigations = navigations;
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: {
      appInstallDialog: {},
      dialog: { url: {} },
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {} },
      teamsCore: {},
      ...(chatId ? { meeting: {} } : {}),
    },
  };

  function answer(request, args) {
    frame.contentWindow.postMessage(
      { id: request.id, uuidAsString: request.uuidAsString, args },
      appOrigin,
    );
  }

  /**
   * Teams' answers to the meeting APIs (meeting.shareAppContentToStage and its two questions),
   * the strictest case where Teams' behaviour is not documented: only an organiser or presenter
   * shares, only from the side panel or the stage, only a URL of the app's own domain (its
   * validDomains); a refusal is SdkError 1000, PERMISSION_DENIED. Undefined for other calls.
   */
  function meetingAnswer(request) {
    const inMeetingFrame =
      context.frameContext === 'sidePanel' || context.frameContext === 'meetingStage';
    const denied = (message) => [{ errorCode: 1000, message }, null];
    switch (request.func) {
      case 'meeting.getAppContentStageSharingCapabilities':
        return inMeetingFrame
          ? [null, { doesAppHaveSharePermission: true }]
          : denied('Not in a side panel or on the stage.');
      case 'meeting.getAppContentStageSharingState':
        return [null, { isAppSharing: stageShares.length > 0 }];
      case 'meeting.shareAppContentToStage': {
        const [url] = request.args || [];
        if (!inMeetingFrame) return denied('Not in a side panel or on the stage.');
        if (role !== 'Organizer' && role !== 'Presenter')
          return denied('Only organisers and presenters can share to the stage.');
        let origin;
        try {
          origin = new URL(url).origin;
        } catch {
          return [{ errorCode: 4000, message: 'Not a URL.' }, null];
        }
        if (origin !== appOrigin) return denied('The URL is not in the app’s validDomains.');
        stageShares.push(url);
        return [null, true];
      }
      default:
        return undefined;
    }
  }

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    const request = event.data;
    if (!request || typeof request.func !== 'string') return;
    messages.push(request.func);
    if (request.func === 'pages.navigateToApp') navigations.push(request.args && request.args[0]);
    if (params.has('silent')) return;
    if (request.func === 'initialize')
      answer(request, [
        context.frameContext,
        context.hostClientType,
        JSON.stringify(runtime),
        '2.0.0',
      ]);
    else if (request.func === 'getContext') answer(request, [context]);
    else answer(request, meetingAnswer(request) || [true]);
  });

  /** Presses Save on a tab's configuration page, as the user would in Teams. */
  window.saveTab = function () {
    frame.contentWindow.postMessage({ func: 'settings.save', args: [{}] }, appOrigin);
  };

  /** Switches the host's theme, as a user would in Teams' settings. */
  window.setHostTheme = function (theme) {
    context.theme = theme;
    frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, appOrigin);
  };

  frame.src = appUrl;
})();
