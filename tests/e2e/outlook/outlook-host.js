// Plays Outlook's meeting form for the add-in's browser tests (see README.md in this folder):
// holds the appointment, frames the task pane, runs the send check in a hidden frame as Outlook
// on the web runs `code.page`, and answers fake-office.js's calls asynchronously with Office's
// result shapes and limits.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var paneUrl = params.get('pane');
  var sendUrl = params.get('send');
  var sendAction = params.get('sendAction') || 'onAppointmentSendHandler';
  var mode = params.get('mode') === 'attendee' ? 'attendee' : 'organizer';
  var user = params.get('user') || 'signe.vestergaard@egeskov.example';
  var appOrigin = new URL(paneUrl || sendUrl || location.href).origin;
  var MAX_RECIPIENTS = 100;
  var CUSTOM_PROPERTIES_MAX = 2500;
  var SESSION_DATA_MAX = 50000;

  var requirementSets = { Mailbox: params.get('mailbox') || '1.13' };
  if (params.get('naa') !== 'false') requirementSets.NestedAppAuth = '1.1';

  var state = {
    subject: params.get('subject') || '',
    start: new Date(params.get('start') || '2027-03-11T10:00:00Z'),
    end: new Date(params.get('end') || '2027-03-11T13:00:00Z'),
    location: '',
    body: '',
    required: [],
    optional: [],
    organizer: { emailAddress: user, displayName: user },
    customProperties: {},
    sessionData: {},
    itemId: params.get('itemId') || null,
    sent: false,
  };
  var failures = new Map();
  var calls = [];
  var sendResults = [];

  function ok(value) {
    return { ok: true, value: value };
  }
  function failed(name, message) {
    return { ok: false, error: { name: name, message: message || name } };
  }
  function recipients(list) {
    return (list || []).map(function (r) {
      return {
        emailAddress: r.emailAddress,
        displayName: r.displayName || r.emailAddress,
        recipientType: 'user',
      };
    });
  }
  function textOf(html) {
    return new DOMParser().parseFromString(html, 'text/html').body.textContent || '';
  }
  function newEwsId() {
    // Base64 with '/' and '+', as EWS ids have, so convertToRestId has something to convert.
    return 'AAMkADk+ZWQ/' + Math.random().toString(36).slice(2) + '+Rz/AAA=';
  }

  var methods = {
    'subject.getAsync': function () {
      return ok(state.subject);
    },
    'subject.setAsync': function (args) {
      state.subject = String(args[0]);
      return ok();
    },
    'location.getAsync': function () {
      return ok(state.location);
    },
    'location.setAsync': function (args) {
      state.location = String(args[0]);
      return ok();
    },
    'start.getAsync': function () {
      return ok(new Date(state.start));
    },
    'start.setAsync': function (args) {
      // Outlook keeps the length: a new start moves the end with it.
      var length = state.end - state.start;
      state.start = new Date(args[0]);
      state.end = new Date(state.start.getTime() + length);
      return ok();
    },
    'end.getAsync': function () {
      return ok(new Date(state.end));
    },
    'end.setAsync': function (args) {
      state.end = new Date(args[0]);
      return ok();
    },
    'body.getAsync': function (args) {
      return ok(args[0] === 'text' ? textOf(state.body) : state.body);
    },
    'body.setAsync': function (args) {
      var options = args[1] || {};
      state.body = options.coercionType === 'html' ? String(args[0]) : escapeText(args[0]);
      return ok();
    },
    'requiredAttendees.getAsync': function () {
      return ok(recipients(state.required));
    },
    'optionalAttendees.getAsync': function () {
      return ok(recipients(state.optional));
    },
    'requiredAttendees.setAsync': setList('required', false),
    'optionalAttendees.setAsync': setList('optional', false),
    'requiredAttendees.addAsync': setList('required', true),
    'optionalAttendees.addAsync': setList('optional', true),
    getItemIdAsync: function () {
      return state.itemId
        ? ok(state.itemId)
        : failed('ItemNotSaved', "The ID can't be retrieved until the item is saved.");
    },
    saveAsync: async function () {
      if (!state.itemId) {
        var given = api.onSave ? await api.onSave(snapshot()) : undefined;
        state.itemId = given || newEwsId();
      } else if (api.onUpdate) await api.onUpdate(snapshot());
      return ok(state.itemId);
    },
    loadCustomPropertiesAsync: function () {
      return ok(Object.assign({}, state.customProperties));
    },
    'customProperties.saveAsync': function (args) {
      var props = args[0] || {};
      if (JSON.stringify(props).length > CUSTOM_PROPERTIES_MAX) {
        // Outlook refuses more than 2,500 characters of custom properties (error name ours).
        return failed('CustomPropertiesTooLarge', 'Custom properties exceed 2,500 characters.');
      }
      state.customProperties = Object.assign({}, props);
      return ok();
    },
    'sessionData.getAsync': function (args) {
      var v = state.sessionData[args[0]];
      return ok(v === undefined ? '' : v);
    },
    'sessionData.setAsync': function (args) {
      var next = Object.assign({}, state.sessionData);
      next[args[0]] = String(args[1]);
      if (JSON.stringify(next).length > SESSION_DATA_MAX) {
        return failed('SessionDataTooLarge', 'Session data exceeds 50,000 characters.');
      }
      state.sessionData = next;
      return ok();
    },
    'sessionData.getAllAsync': function () {
      return ok(Object.assign({}, state.sessionData));
    },
    'sessionData.removeAsync': function (args) {
      state.sessionData = Object.fromEntries(
        Object.entries(state.sessionData).filter(function (entry) {
          return entry[0] !== args[0];
        }),
      );
      return ok();
    },
    'sessionData.clearAsync': function () {
      state.sessionData = {};
      return ok();
    },
  };

  function escapeText(text) {
    var div = document.createElement('div');
    div.textContent = String(text);
    return div.innerHTML;
  }

  function setList(list, add) {
    return function (args) {
      var given = (args[0] || []).map(function (r) {
        return typeof r === 'string'
          ? { emailAddress: r, displayName: r }
          : { emailAddress: r.emailAddress, displayName: r.displayName || r.emailAddress };
      });
      if (given.length > MAX_RECIPIENTS) {
        return failed(
          'NumberOfRecipientsExceeded',
          'The number of recipients exceeded 100 entries.',
        );
      }
      state[list] = add ? state[list].concat(given) : given;
      return ok();
    };
  }

  var readOnlyMethods = { 'body.getAsync': true, loadCustomPropertiesAsync: true };

  async function answerCall(m) {
    calls.push(m.method);
    var failure = failures.get(m.method);
    if (failure) {
      failures.delete(m.method);
      return failed(failure);
    }
    if (mode === 'attendee' && !readOnlyMethods[m.method]) {
      return failed('InvalidApiCall', 'Not available on an attendee’s copy.');
    }
    var fn = methods[m.method];
    return fn ? fn(m.args || []) : failed('NotSupported', m.method + ' is not played by the host');
  }

  function readSnapshot() {
    return {
      itemId: state.itemId,
      subject: state.subject,
      location: state.location,
      start: new Date(state.start),
      end: new Date(state.end),
      organizer: state.organizer,
      requiredAttendees: recipients(state.required),
      optionalAttendees: recipients(state.optional),
    };
  }

  function sendContext(target) {
    target.postMessage(
      {
        nmOffice: 'context',
        mode: mode,
        displayLanguage: params.get('locale') || 'da-DK',
        userProfile: {
          emailAddress: user,
          displayName: params.get('userName') || user,
          timeZone: 'Romance Standard Time',
        },
        requirementSets: requirementSets,
        item: readSnapshot(),
      },
      appOrigin,
    );
  }

  var paneFrame = document.getElementById('pane');
  var sendFrame = document.getElementById('send-runtime');
  var associated = new Set();
  var associatedWaiters = [];
  var completions = new Map();
  var nextEventId = 1;

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var m = event.data;
    if (!m || typeof m.nmOffice !== 'string') return;
    var source = event.source;
    if (m.nmOffice === 'hello') sendContext(source);
    else if (m.nmOffice === 'call') {
      Promise.resolve(answerCall(m)).then(function (answer) {
        // Office answers later, never in the same turn: so does the host.
        setTimeout(function () {
          source.postMessage(Object.assign({ nmOffice: 'result', id: m.id }, answer), appOrigin);
          render();
        }, 5);
      });
    } else if (m.nmOffice === 'associated') {
      associated.add(m.name);
      associatedWaiters.splice(0).forEach(function (w) {
        w();
      });
    } else if (m.nmOffice === 'completed') {
      var done = completions.get(m.id);
      completions.delete(m.id);
      if (done) done(m);
    }
  });

  function whenAssociated(name) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        reject(new Error('The send check never called Office.actions.associate("' + name + '")'));
      }, 15000);
      var check = function () {
        if (associated.has(name)) {
          clearTimeout(timer);
          resolve();
        } else associatedWaiters.push(check);
      };
      check();
    });
  }

  /** Runs the send check as Outlook does on Send, and sends or shows its message. */
  async function send() {
    if (mode !== 'organizer') throw new Error('Only the organiser sends');
    if (!sendFrame.getAttribute('src')) sendFrame.src = sendUrl;
    await whenAssociated(sendAction);
    var id = nextEventId++;
    var began = performance.now();
    var completed = new Promise(function (resolve) {
      completions.set(id, resolve);
    });
    sendFrame.contentWindow.postMessage(
      { nmOffice: 'event', id: id, name: sendAction, type: 'appointmentSending' },
      appOrigin,
    );
    var m = await completed;
    var result = {
      allowEvent: m.options.allowEvent !== false && !m.missing,
      errorMessage: m.options.errorMessage,
      ms: performance.now() - began,
      missing: Boolean(m.missing),
    };
    sendResults.push(result);
    showResult(result);
    // Outlook sends what the form holds once the check lets it go.
    if (result.allowEvent && api.onSend) await api.onSend(snapshot());
    return result;
  }

  function showResult(result) {
    var alertBox = document.getElementById('alert');
    if (result.allowEvent) {
      state.sent = true;
      alertBox.hidden = true;
      document.getElementById('status').textContent = 'Sent';
    } else {
      document.getElementById('alert-message').textContent =
        result.errorMessage || 'Netværksmøder is preventing this meeting from being sent.';
      alertBox.hidden = false;
      document.getElementById('status').textContent = '';
    }
  }

  // The form as a person edits it: one attendee a line, "Name <address>" or an address.
  function parseAttendees(text) {
    return text
      .split('\n')
      .map(function (line) {
        return line.trim();
      })
      .filter(Boolean)
      .map(function (line) {
        var m = /^(.*)<([^>]+)>$/.exec(line);
        return m
          ? { displayName: m[1].trim() || m[2].trim(), emailAddress: m[2].trim() }
          : { displayName: line, emailAddress: line };
      });
  }
  function formatAttendees(list) {
    return list
      .map(function (r) {
        return r.displayName + ' <' + r.emailAddress + '>';
      })
      .join('\n');
  }

  var inputs = ['subject', 'start', 'end', 'location', 'required', 'optional'].reduce(function (
    acc,
    name,
  ) {
    acc[name] = document.getElementById(name);
    return acc;
  }, {});
  function render() {
    document.getElementById('mode-title').textContent =
      mode === 'organizer' ? 'New meeting (organiser)' : 'Meeting invitation (attendee)';
    var active = document.activeElement;
    var set = function (name, value) {
      if (inputs[name] !== active) inputs[name].value = value;
      inputs[name].readOnly = mode !== 'organizer';
    };
    set('subject', state.subject);
    set('start', state.start.toISOString());
    set('end', state.end.toISOString());
    set('location', state.location);
    set('required', formatAttendees(state.required));
    set('optional', formatAttendees(state.optional));
    // The body as Outlook shows it, without running anything in it.
    var bodyBox = document.getElementById('body');
    bodyBox.replaceChildren(
      ...Array.from(new DOMParser().parseFromString(state.body, 'text/html').body.childNodes).map(
        function (n) {
          return document.importNode(n, true);
        },
      ),
    );
  }
  inputs.subject.addEventListener('input', function () {
    state.subject = inputs.subject.value;
  });
  inputs.location.addEventListener('input', function () {
    state.location = inputs.location.value;
  });
  ['start', 'end'].forEach(function (name) {
    inputs[name].addEventListener('change', function () {
      var d = new Date(inputs[name].value);
      if (!isNaN(d.getTime())) state[name] = d;
    });
  });
  ['required', 'optional'].forEach(function (name) {
    inputs[name].addEventListener('change', function () {
      state[name] = parseAttendees(inputs[name].value);
    });
  });
  document.getElementById('send').addEventListener('click', function () {
    send().catch(function (e) {
      document.getElementById('status').textContent = String(e.message || e);
    });
  });
  document.getElementById('alert-close').addEventListener('click', function () {
    document.getElementById('alert').hidden = true;
  });

  function snapshot() {
    return JSON.parse(JSON.stringify(state));
  }

  var api = {
    /** The appointment as it stands (a copy; times as ISO strings). */
    state: snapshot,
    /** Changes the appointment as the organiser would in Outlook's own form. */
    setState: function (patch) {
      Object.keys(patch).forEach(function (k) {
        state[k] = k === 'start' || k === 'end' ? new Date(patch[k]) : patch[k];
      });
      render();
    },
    /** Makes the next call of `method` fail with Office's error `name`. */
    failNext: function (methodName, name) {
      failures.set(methodName, name);
    },
    /** Every Office call the pages made, by method name, in order. */
    calls: function () {
      return calls.slice();
    },
    /** Runs the send check as Outlook does on Send: `{ allowEvent, errorMessage, ms }`. */
    send: send,
    /** Every send check's answer so far. */
    sendResults: function () {
      return sendResults.slice();
    },
    /** Opens (or reopens) the task pane; with `?wait` in the query the page waits for this. */
    openPane: function () {
      paneFrame.src = paneUrl;
    },
    /** Set by the demo form: called on each later save, and on a send the check let go. */
    onUpdate: null,
    onSend: null,
    /** Set by a test: called on the first save with the state; may return the item's EWS id. */
    onSave: null,
  };
  window.__outlook = api;

  render();
  if (paneUrl && !params.has('wait')) paneFrame.src = paneUrl;
})();
