// The demo Outlook meeting form (`npm start`, /outlook/ of the demo hosts,
// scripts/demo/demoHosts.ts): outlook-host.html, the browser tests' Outlook host page, framed
// with the add-in's pane and send check of the dev build, on the demo tenant. The organiser's
// form is stored as Outlook stores it: the first save puts the appointment in the organiser's
// calendar (through Graph, in the emulator) and sends nothing; later saves update it; Send, once
// the send check lets it go, sends it to the attendees. An attendee opens one of their
// invitations. Not Outlook: a stand-in, on the demo tenant only.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var el = {
    form: document.getElementById('choice'),
    mode: document.getElementById('mode'),
    person: document.getElementById('person'),
    invitation: document.getElementById('invitation'),
    locale: document.getElementById('locale'),
    status: document.getElementById('status'),
    frame: document.getElementById('outlook'),
  };
  var config = null;
  var people = [];
  var live = null;

  function say(text) {
    el.status.textContent = text;
  }

  function json(res) {
    if (!res.ok) throw new Error(res.url + ' answered ' + res.status);
    return res.json();
  }

  // The demo tenant's tokens only name the user (src/auth/demoToken.ts): `demo.` + base64url.
  function tokenFor(address) {
    var bytes = new TextEncoder().encode(address);
    var binary = '';
    bytes.forEach(function (b) {
      binary += String.fromCharCode(b);
    });
    return 'demo.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  /** A Graph call to the emulator as a demo user, as Outlook makes it for the mailbox. */
  function graph(address, method, path, body) {
    return fetch(config.graphBaseUrl + '/v1.0' + path, {
      method: method,
      headers: {
        authorization: 'Bearer ' + tokenFor(address),
        'content-type': 'application/json',
        // Times in UTC, as the form holds them (instants).
        prefer: 'outlook.timezone="UTC"',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (res) {
      if (res.status === 204 || res.status === 202) return undefined;
      return res.json().then(function (answer) {
        if (!res.ok) throw new Error((answer.error && answer.error.message) || res.status);
        return answer;
      });
    });
  }

  // Outlook's item ids are EWS ids (base64); Graph's the URL-safe form of the same, which is
  // what fake-office.js's convertToRestId gives back.
  function ewsIdOf(restId) {
    return restId.replace(/-/g, '/').replace(/_/g, '+');
  }
  function restIdOf(ewsId) {
    return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
  }

  function person(address) {
    return (
      people.filter(function (p) {
        return p.userPrincipalName === address;
      })[0] || null
    );
  }

  /** The form as a Graph event; attendees only when it is sent (see `storeInEmulator`). */
  function eventOf(state, withAttendees) {
    var event = {
      subject: state.subject,
      body: { contentType: 'html', content: state.body || '' },
      start: { dateTime: state.start.slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: state.end.slice(0, 19), timeZone: 'UTC' },
      location: { displayName: state.location || '' },
    };
    if (withAttendees) {
      var as = function (type) {
        return function (a) {
          return { type: type, emailAddress: { address: a.emailAddress, name: a.displayName } };
        };
      };
      event.attendees = state.required
        .map(as('required'))
        .concat(state.optional.map(as('optional')));
    }
    return event;
  }

  /**
   * Outlook saves a new appointment in the organiser's calendar without sending it, updates it
   * on later saves, and sends it on Send (`AppointmentCompose.saveAsync`: "For new
   * appointments that haven't been saved before, no invitation is sent"). Graph sends an
   * invitation to every attendee an event is stored with, so the saved event carries the
   * attendees only from Send on: before it, no attendee has a copy, as in Outlook.
   */
  function storeInEmulator(host, organiser) {
    var path = function (state) {
      return '/me/events/' + encodeURIComponent(restIdOf(state.itemId));
    };
    host.onSave = function (state) {
      return graph(organiser, 'POST', '/me/events', eventOf(state, false)).then(
        function (event) {
          say('Gemt i ' + nameOf(organiser) + 's kalender (ikke sendt endnu).');
          return ewsIdOf(event.id);
        },
        function (e) {
          say('Mødet kunne ikke gemmes i emulatoren: ' + e.message);
          return undefined;
        },
      );
    };
    host.onUpdate = function (state) {
      return graph(organiser, 'PATCH', path(state), eventOf(state, state.sent)).then(
        function () {
          say(state.sent ? 'Ændringen er sendt til deltagerne.' : 'Gemt (ikke sendt endnu).');
        },
        function (e) {
          say('Mødet kunne ikke gemmes i emulatoren: ' + e.message);
        },
      );
    };
    host.onSend = function (state) {
      var stored = state.itemId
        ? graph(organiser, 'PATCH', path(state), eventOf(state, true))
        : graph(organiser, 'POST', '/me/events', eventOf(state, true)).then(function (event) {
            host.setState({ itemId: ewsIdOf(event.id) });
          });
      return stored.then(
        function () {
          var n = state.required.length + state.optional.length;
          say('Sendt til ' + n + ' deltagere fra ' + nameOf(organiser) + 's kalender.');
        },
        function (e) {
          say('Mødet kunne ikke sendes fra emulatoren: ' + e.message);
        },
      );
    };
  }

  function nameOf(address) {
    var p = person(address);
    return p ? p.displayName : address;
  }

  function option(value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }

  /** A new meeting's first times: two weeks ahead on a weekday, half an hour, as a new form. */
  function newMeetingTimes() {
    var day = new Date(Date.now() + 14 * 86400000);
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() + 86400000);
    var date = day.toISOString().slice(0, 10);
    return { start: date + 'T08:00:00.000Z', end: date + 'T08:30:00.000Z' };
  }

  /** The chosen person's network-meeting invitations, from today on (their own calendar). */
  function listInvitations() {
    var address = el.person.value;
    var from = new Date(Date.now() - 86400000).toISOString().slice(0, 19);
    var to = new Date(Date.now() + 400 * 86400000).toISOString().slice(0, 19);
    var query = new URLSearchParams({
      $filter: "start/dateTime ge '" + from + "' and start/dateTime lt '" + to + "'",
      $select: 'id,iCalUId,subject,start,end,bodyPreview,isOrganizer',
      $orderby: 'start/dateTime',
      $top: '500',
    });
    el.invitation.replaceChildren();
    return graph(address, 'GET', '/me/events?' + query.toString()).then(function (page) {
      var invitations = page.value.filter(function (e) {
        return (
          !e.isOrganizer && /netværksmøde|network meeting|NM-ref/i.test(e.subject + e.bodyPreview)
        );
      });
      invitations.forEach(function (e) {
        var start = new Date(e.start.dateTime.slice(0, 19) + 'Z');
        var when = start.toLocaleString('da-DK', {
          timeZone: 'Europe/Copenhagen',
          dateStyle: 'short',
          timeStyle: 'short',
        });
        var o = option(e.id, when + ' – ' + e.subject);
        o.dataset.start = start.toISOString();
        o.dataset.end = new Date(e.end.dateTime.slice(0, 19) + 'Z').toISOString();
        o.dataset.subject = e.subject;
        if (live && e.iCalUId === live.iCalUId) o.textContent += ' (i gang nu)';
        el.invitation.appendChild(o);
      });
      var wanted = params.get('invitation');
      var liveCopy = invitations.filter(function (e) {
        return live && e.iCalUId === live.iCalUId;
      })[0];
      var known = invitations.some(function (e) {
        return e.id === wanted;
      });
      if (wanted && known) el.invitation.value = wanted;
      else if (liveCopy) el.invitation.value = liveCopy.id;
      if (invitations.length === 0) {
        el.invitation.appendChild(option('', 'Ingen invitationer til netværksmøder'));
      }
    });
  }

  function syncControls() {
    var attendee = el.mode.value === 'attendee';
    el.invitation.disabled = !attendee;
    return attendee ? listInvitations() : Promise.resolve();
  }

  /** Opens the form as chosen, in the frame: Outlook's form with the add-in beside it. */
  function open() {
    var mode = el.mode.value;
    var address = el.person.value;
    var query = {
      pane: config.appUrl + '/outlook.html',
      mode: mode,
      user: address,
      userName: nameOf(address),
      locale: el.locale.value,
    };
    if (mode === 'organizer') {
      var times = newMeetingTimes();
      Object.assign(query, {
        send: config.appUrl + '/outlook-send.html',
        start: times.start,
        end: times.end,
        wait: '1',
      });
    } else {
      var chosen = el.invitation.selectedOptions[0];
      if (!chosen || !chosen.value) {
        say(nameOf(address) + ' har ingen invitationer til netværksmøder at åbne.');
        return;
      }
      Object.assign(query, {
        itemId: ewsIdOf(chosen.value),
        subject: chosen.dataset.subject,
        start: chosen.dataset.start,
        end: chosen.dataset.end,
      });
    }
    var choice = new URLSearchParams({
      mode: mode,
      person: address,
      locale: el.locale.value,
    });
    if (mode === 'attendee') choice.set('invitation', el.invitation.value);
    history.replaceState(null, '', '?' + choice.toString());
    say(
      mode === 'organizer'
        ? 'En ny mødeindkaldelse som ' + nameOf(address) + '. Åbn Netværksmøde-ruden til højre.'
        : 'Invitationen, som ' + nameOf(address) + ' har fået.',
    );
    el.frame.onload = function () {
      var host = el.frame.contentWindow.__outlook;
      if (mode === 'organizer' && host) {
        storeInEmulator(host, address);
        host.openPane();
      }
    };
    el.frame.src = 'outlook-host.html?' + new URLSearchParams(query).toString();
  }

  function start() {
    people.forEach(function (p) {
      el.person.appendChild(
        option(p.userPrincipalName, p.displayName + ' – ' + (p.jobTitle || p.role)),
      );
    });
    var holding = function (role) {
      return people.filter(function (p) {
        return p.roles.indexOf(role) !== -1;
      })[0];
    };
    var organiser = holding('organiser') || people[0];
    var chair = holding('medChair') || people[0];
    if (params.get('mode') === 'attendee') el.mode.value = 'attendee';
    if (params.get('locale') === 'en-GB') el.locale.value = 'en-GB';
    var wanted = person(params.get('person') || '');
    el.person.value = (
      wanted || (el.mode.value === 'attendee' ? chair : organiser)
    ).userPrincipalName;
    el.mode.addEventListener('change', function () {
      var p = el.mode.value === 'attendee' ? chair : organiser;
      if (p) el.person.value = p.userPrincipalName;
      void syncControls();
    });
    el.person.addEventListener('change', function () {
      void syncControls();
    });
    el.form.addEventListener('submit', function (e) {
      e.preventDefault();
      open();
    });
    return syncControls().then(open);
  }

  fetch('/demo/config.json')
    .then(json)
    .then(function (c) {
      config = c;
      return Promise.all([
        fetch(config.graphBaseUrl + '/_emulator/tenant').then(json),
        // Today's network meeting, so the demo's invitees have an invitation to open.
        fetch('/demo/live-meeting', { method: 'POST' })
          .then(json)
          .catch(function () {
            return null;
          }),
      ]);
    })
    .then(function (answers) {
      // One entry a person, with every role the tenant names them for (the chair is a director).
      var byAddress = {};
      answers[0].people.forEach(function (p) {
        var known = byAddress[p.userPrincipalName];
        if (known) known.roles.push(p.role);
        else {
          byAddress[p.userPrincipalName] = Object.assign({ roles: [p.role] }, p);
          people.push(byAddress[p.userPrincipalName]);
        }
      });
      live = answers[1];
      return start();
    })
    .catch(function (e) {
      say('Demo-Outlook kunne ikke starte: ' + (e.message || e));
    });
})();
