// The demo Teams host (`npm start`, /teams/ of the demo hosts, scripts/demo/demoHosts.ts): a
// choice of where the tab runs (the personal app, a meeting's details, its side panel, its stage:
// the contexts the manifest declares), as whom, in which language and theme; then harness.html frames the tab and answers
// teams-js with the context Teams gives there. The meeting is the demo tenant's network meeting
// of today, which the demo server books when none is playing (POST /demo/live-meeting), so the
// live programme is live. Not Teams: a stand-in, on the demo tenant only.
(function () {
  'use strict';
  // Where Teams opens the tab in each context: the manifest's personal tab, and the contentUrl
  // the configuration page saves for a meeting's tab (`?view=tab`).
  var CONTEXTS = {
    personal: { path: '/?view=personal', frameContext: 'content' },
    details: { path: '/?view=tab', frameContext: 'content', meeting: true },
    sidePanel: { path: '/?view=tab', frameContext: 'sidePanel', meeting: true },
    stage: { path: '/?view=tab', frameContext: 'meetingStage', meeting: true },
  };
  var params = new URLSearchParams(location.search);
  var controls = {
    context: document.getElementById('context'),
    user: document.getElementById('user'),
    locale: document.getElementById('locale'),
    theme: document.getElementById('theme'),
  };
  var area = document.getElementById('area');
  var frame = document.getElementById('host');
  var status = document.getElementById('meeting');
  var config = null;
  var meeting = null;

  function json(res) {
    if (!res.ok) throw new Error(res.url + ' answered ' + res.status);
    return res.json();
  }

  function clock(dateTime) {
    return dateTime.slice(11, 16).replace(':', '.');
  }

  function option(value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }

  function people() {
    if (!meeting) return [];
    var seen = {};
    return [Object.assign({ organiser: true }, meeting.organiser)]
      .concat(meeting.invitees)
      .filter(function (p) {
        var key = p.email.toLowerCase();
        return seen[key] ? false : (seen[key] = true);
      });
  }

  function describeMeeting() {
    if (!meeting) {
      status.textContent = 'Dagens netværksmøde kunne ikke hentes.';
    } else {
      status.textContent =
        'Dagens netværksmøde: ' +
        meeting.subject +
        ', ' +
        clock(meeting.start) +
        '–' +
        clock(meeting.end) +
        (meeting.chatId ? '' : ' (mødet har ingen Teams-chat, så mødets visninger kan ikke vises)');
    }
  }

  /** The host harness's address for the chosen context: the context Teams would give. */
  function harnessUrl() {
    var chosen = CONTEXTS[controls.context.value];
    var person = people().filter(function (p) {
      return p.email === controls.user.value;
    })[0];
    var query = {
      app: config.appUrl + chosen.path,
      host: 'Teams',
      frameContext: chosen.frameContext,
      locale: controls.locale.value,
      theme: controls.theme.value,
    };
    if (person) {
      query.user = person.email;
      query.userName = person.name;
    }
    if (chosen.meeting && meeting && meeting.chatId) {
      query.chatId = meeting.chatId;
      query.meetingId = meeting.meetingId;
    }
    return 'harness.html?' + new URLSearchParams(query).toString();
  }

  function show() {
    var context = controls.context.value;
    area.setAttribute('data-context', context);
    describeMeeting();
    // The choice stays in this page's address, so a reload or a link opens the same view.
    var choice = new URLSearchParams({
      context: context,
      user: controls.user.value,
      locale: controls.locale.value,
      theme: controls.theme.value,
    });
    history.replaceState(null, '', '?' + choice.toString());
    frame.src = harnessUrl();
  }

  function fill() {
    people().forEach(function (p) {
      var roles = p.organiser ? 'arrangør' : p.roles.join(', ');
      controls.user.appendChild(option(p.email, p.name + (roles ? ' – ' + roles : '')));
    });
    var meetingUsable = Boolean(meeting && meeting.chatId);
    Array.prototype.forEach.call(controls.context.options, function (o) {
      if (CONTEXTS[o.value].meeting) o.disabled = !meetingUsable;
    });
    ['context', 'user', 'locale', 'theme'].forEach(function (name) {
      var wanted = params.get(name);
      var select = controls[name];
      var usable = Array.prototype.some.call(select.options, function (o) {
        return o.value === wanted && !o.disabled;
      });
      if (usable) select.value = wanted;
      select.addEventListener('change', show);
    });
    show();
  }

  Promise.all([
    fetch('/demo/config.json').then(json),
    fetch('/demo/live-meeting', { method: 'POST' })
      .then(json)
      .catch(function () {
        return null;
      }),
  ])
    .then(function (answers) {
      config = answers[0];
      meeting = answers[1];
      fill();
    })
    .catch(function (e) {
      status.textContent = 'Demo-Teams kunne ikke starte: ' + (e.message || e);
    });
})();
