// A stand-in for Teams, Outlook or the Microsoft 365 app, for browser tests: it frames the tab
// and answers teams-js's messages as a host does. Query: app (the tab's URL), host (Teams,
// Outlook, Office), locale, theme, clientType, user, userName, frameContext, silent (never
// answer); in a meeting chatId and meetingId, in a channel channelId, channelName, teamId,
// teamName, groupId (the demo Teams host, demo-teams.js, passes them as Teams would).
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
  };
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: {
      appInstallDialog: {},
      dialog: { url: {} },
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {} },
      teamsCore: {},
    },
  };

  function answer(request, args) {
    frame.contentWindow.postMessage(
      { id: request.id, uuidAsString: request.uuidAsString, args },
      appOrigin,
    );
  }

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    const request = event.data;
    if (!request || typeof request.func !== 'string') return;
    messages.push(request.func);
    if (params.has('silent')) return;
    if (request.func === 'initialize')
      answer(request, [
        context.frameContext,
        context.hostClientType,
        JSON.stringify(runtime),
        '2.0.0',
      ]);
    else if (request.func === 'getContext') answer(request, [context]);
    else answer(request, [true]);
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
