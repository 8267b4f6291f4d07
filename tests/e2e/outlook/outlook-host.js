// Plays Outlook's meeting form for the add-in's browser tests (see README.md in this folder):
// holds the appointment, frames the task pane, runs the send check in a hidden frame as Outlook
// on the web runs `code.page`, and answers fake-office.js's calls asynchronously with Office's
// result shapes, limits and error codes. Where the documented clients differ, it plays the one
// named by `client` (the strictest by default), each behaviour with a switch (FIDELITY.md).
(function () {
  'use strict';
  // body-rewrites.js, loaded before this script.
  var NmBodyRewrites = window.NmBodyRewrites;
  var params = new URLSearchParams(location.search);
  var paneUrl = params.get('pane');
  var sendUrl = params.get('send');
  var sendAction = params.get('sendAction') || 'onAppointmentSendHandler';
  // The manifest's id of the organiser pane's button: a Smart Alerts `commandId` naming it opens
  // the pane; any other id only closes the dialog, as Outlook does.
  var paneCommand = params.get('paneCommand') || 'nmOrganizerButton';
  var mode = params.get('mode') === 'attendee' ? 'attendee' : 'organizer';
  var user = params.get('user') || 'signe.vestergaard@egeskov.example';
  var appOrigin = new URL(paneUrl || sendUrl || location.href).origin;
  var MAX_RECIPIENTS_IN_FIELD = 500;
  var SESSION_DATA_MAX = 50000;

  // The form's own words in Outlook's display language, as Outlook shows its form.
  var FORM_WORDS = {
    da: {
      organizer: 'Ny mødeindkaldelse (arrangør)',
      attendee: 'Mødeindkaldelse (deltager)',
      form: 'Mødeformular',
      subject: 'Titel',
      start: 'Start (ISO)',
      end: 'Slut (ISO)',
      location: 'Placering',
      required: 'Påkrævet',
      optional: 'Valgfri',
      body: 'Brødtekst',
      send: 'Send',
      sent: 'Sendt',
      dontSend: 'Send ikke',
      takeAction: 'Foretag handling',
      prevented: 'Netværksmøder forhindrer, at mødet sendes.',
    },
    en: {
      organizer: 'New meeting (organiser)',
      attendee: 'Meeting invitation (attendee)',
      form: 'Meeting form',
      subject: 'Title',
      start: 'Start (ISO)',
      end: 'End (ISO)',
      location: 'Location',
      required: 'Required attendees',
      optional: 'Optional attendees',
      body: 'Body',
      send: 'Send',
      sent: 'Sent',
      dontSend: "Don't send",
      takeAction: 'Take action',
      prevented: 'Netværksmøder is preventing this meeting from being sent.',
    },
  };
  var words = FORM_WORDS[/^en\b/i.test(params.get('locale') || 'da-DK') ? 'en' : 'da'];
  document.querySelectorAll('[data-word]').forEach(function (el) {
    el.textContent = words[el.dataset.word];
  });
  document.getElementById('form').setAttribute('aria-label', words.form);
  document.getElementById('body').setAttribute('aria-label', words.body);

  var requirementSets = { Mailbox: params.get('mailbox') || '1.13' };
  if (params.get('naa') !== 'false') requirementSets.NestedAppAuth = '1.1';
  if (params.get('dialog') !== 'false') requirementSets.DialogApi = '1.2';

  // Office's error names and codes (office.js, outlook-web-16.01.js: addErrorMessage).
  var ERROR_CODES = {
    InternalFormatError: 9002,
    HtmlSanitizationFailure: 9011,
    NumberOfRecipientsExceeded: 9012,
    GenericResponseError: 9020,
    SaveError: 9021,
    ApiCallNotSupportedByExtensionPoint: 9032,
    NetworkError: 9041,
    InternalServerError: 9042,
    ItemNotSaved: 9046,
    ItemNotFound: 9049,
    SessionObjectMaxLengthExceeded: 9051,
  };

  // The client played, and each behaviour where clients differ (FIDELITY.md has the sources).
  var client =
    ['web', 'new', 'classic'].indexOf(params.get('client')) >= 0 ? params.get('client') : 'new';
  var switchOf = function (name, fallback) {
    var value = params.get(name);
    return value === null ? fallback : value === 'on' || value === 'true' || value === '1';
  };
  var clientRewrites = NmBodyRewrites.CLIENTS[client];
  var rewrites = {};
  Object.keys(NmBodyRewrites.CLIENTS.web)
    .concat(Object.keys(NmBodyRewrites.CLIENTS.classic))
    .forEach(function (name) {
      rewrites[name] = switchOf(name, Boolean(clientRewrites[name]));
    });
  var behaviour = {
    client: client,
    // Outlook's body rewrites between the add-in's setAsync and its getAsync.
    rewrites: rewrites,
    // Classic lists the organiser among the required attendees of new and edited items; the web
    // and new Outlook only when an existing appointment is edited.
    organizerListed:
      params.get('organizerListed') || (client === 'classic' ? 'always' : 'existing'),
    // New Outlook fails the first save of custom properties on a draft (office-js#4628, #6624).
    firstCustomPropertySaveFails: switchOf('firstCustomPropertySaveFails', client === 'new'),
    // Classic has given custom properties back empty after the item was opened again (#3789).
    customPropertiesAfterReopen:
      params.get('customPropertiesAfterReopen') || (client === 'classic' ? 'empty' : 'kept'),
    // RecipientsChanged and AppointmentTimeChanged (Mailbox 1.7) for the task pane.
    itemEvents: switchOf('itemEvents', true) && versionAtLeast(requirementSets.Mailbox, '1.7'),
    // appointmentSending fires on the web and in new Outlook only for a meeting in its own window.
    window: params.get('window') === 'embedded' ? 'embedded' : 'popout',
  };
  var platform = client === 'classic' ? 'PC' : 'OfficeOnline';

  function versionAtLeast(have, want) {
    var a = String(have).split('.').map(Number);
    var b = String(want).split('.').map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

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
    // Opened from the calendar (it has an id), not composed anew.
    existing: Boolean(params.get('itemId')),
    sent: params.get('sent') === '1' || params.get('sent') === 'true',
    // Each update a saveAsync of the sent item mailed its attendees (Office's saveAsync reference).
    updatesSent: [],
  };
  var failures = new Map();
  var calls = [];
  var sendResults = [];
  var customPropertySaves = 0;
  var eventTargets = new Set();
  // What the custom properties held when the form was opened: a stale read gives these back.
  var propertiesWhenOpened = {};

  function ok(value) {
    return { ok: true, value: value };
  }
  function failed(name, message) {
    return { ok: false, error: { name: name, message: message || name, code: ERROR_CODES[name] } };
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

  /** The organiser as Outlook lists them among the attendees, where it does. */
  function organizerListedNow() {
    var rule = behaviour.organizerListed;
    return rule === 'always' || (rule === 'existing' && state.existing);
  }
  function requiredAsListed() {
    var listed = recipients(state.required);
    if (!organizerListedNow()) return listed;
    var isOrganizer = function (r) {
      return r.emailAddress.toLowerCase() === user.toLowerCase();
    };
    if (listed.some(isOrganizer)) return listed;
    return [
      {
        emailAddress: user,
        displayName: params.get('userName') || user,
        recipientType: 'user',
        appointmentResponse: 'organizer',
      },
    ].concat(listed);
  }

  /** Tells the pane, as Outlook does, that the attendees or the time changed. */
  function raise(type, args) {
    if (!behaviour.itemEvents) return;
    eventTargets.forEach(function (target) {
      target.postMessage({ nmOffice: 'itemEvent', type: type, args: args }, appOrigin);
    });
  }
  function raiseRecipients(fields) {
    var changed = { requiredAttendees: false, optionalAttendees: false, resources: false };
    fields.forEach(function (f) {
      changed[f === 'required' ? 'requiredAttendees' : 'optionalAttendees'] = true;
    });
    raise('olkRecipientsChanged', { changedRecipientFields: changed });
  }
  function raiseTime() {
    raise('olkAppointmentTimeChanged', {
      start: new Date(state.start).toISOString(),
      end: new Date(state.end).toISOString(),
    });
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
      raiseTime();
      return ok();
    },
    'end.getAsync': function () {
      return ok(new Date(state.end));
    },
    'end.setAsync': function (args) {
      state.end = new Date(args[0]);
      raiseTime();
      return ok();
    },
    'body.getAsync': function (args) {
      return ok(
        args[0] === 'text'
          ? textOf(state.body)
          : NmBodyRewrites.serialize(state.body, behaviour.rewrites),
      );
    },
    'body.setAsync': function (args) {
      var options = args[1] || {};
      state.body =
        options.coercionType === 'html'
          ? NmBodyRewrites.ingest(String(args[0]), behaviour.rewrites)
          : escapeText(args[0]);
      return ok();
    },
    'requiredAttendees.getAsync': function () {
      return ok(requiredAsListed());
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
      // An existing meeting already sent: the save mails its attendees an update.
      if (state.sent) {
        state.updatesSent.push({
          required: recipients(state.required),
          optional: recipients(state.optional),
        });
      }
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
      customPropertySaves++;
      if (behaviour.firstCustomPropertySaveFails && customPropertySaves === 1) {
        // The error name Office gives is not reported (the EWS fault is
        // ErrorInvalidIdMalformedException): the generic one, unconfirmed.
        return failed('GenericResponseError', 'The custom properties could not be saved.');
      }
      state.customProperties = Object.assign({}, args[0] || {});
      return ok();
    },
    addHandlerAsync: function (args, source) {
      eventTargets.add(source);
      return ok();
    },
    removeHandlerAsync: function () {
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
        return failed(
          'SessionObjectMaxLengthExceeded',
          "The 'sessionData' object surpassed its maximum length of '50000' characters.",
        );
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
      // More than 100 in one call office.js refuses itself (fake-office.js throws).
      var given = (args[0] || []).map(function (r) {
        return typeof r === 'string'
          ? { emailAddress: r, displayName: r }
          : { emailAddress: r.emailAddress, displayName: r.displayName || r.emailAddress };
      });
      var next = add ? state[list].concat(given) : given;
      if (next.length > MAX_RECIPIENTS_IN_FIELD) {
        return failed(
          'NumberOfRecipientsExceeded',
          "The total number of recipients in the field can't exceed 500.",
        );
      }
      state[list] = next;
      raiseRecipients([list]);
      return ok();
    };
  }

  var readOnlyMethods = { 'body.getAsync': true, loadCustomPropertiesAsync: true };

  async function answerCall(m, source) {
    calls.push(m.method);
    var failure = failures.get(m.method);
    if (failure) {
      failures.delete(m.method);
      return failed(failure);
    }
    if (mode === 'attendee' && !readOnlyMethods[m.method]) {
      return failed('ApiCallNotSupportedByExtensionPoint', 'Not available on an attendee’s copy.');
    }
    var fn = methods[m.method];
    return fn
      ? fn(m.args || [], source)
      : failed('GenericResponseError', m.method + ' is not played by the host');
  }

  // What the attendee has open (`item`): the meeting in the calendar, its request in the inbox,
  // or another message; Office tells them by itemType and itemClass.
  var READ_ITEMS = {
    appointment: { itemType: 'appointment', itemClass: 'IPM.Appointment' },
    meetingRequest: { itemType: 'message', itemClass: 'IPM.Schedule.Meeting.Request' },
    message: { itemType: 'message', itemClass: 'IPM.Note' },
  };

  function readSnapshot() {
    var kind = READ_ITEMS[params.get('item') || 'appointment'] || READ_ITEMS.appointment;
    return {
      itemType: kind.itemType,
      itemClass: kind.itemClass,
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
        platform: platform,
        itemEvents: behaviour.itemEvents,
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
    if (dialogs.handles(m, source)) return;
    if (m.nmOffice === 'hello') sendContext(source);
    else if (m.nmOffice === 'call') {
      Promise.resolve(answerCall(m, source)).then(function (answer) {
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
    if (client !== 'classic' && behaviour.window === 'embedded') {
      // Outlook on the web and new Outlook raise appointmentSending only for a meeting in a
      // window of its own: a meeting composed in the main window goes unchecked.
      var unchecked = { allowEvent: true, ms: 0, missing: false, checked: false };
      sendResults.push(unchecked);
      showResult(unchecked);
      return unchecked;
    }
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
      cancelLabel: m.options.cancelLabel,
      commandId: m.options.commandId,
      ms: performance.now() - began,
      missing: Boolean(m.missing),
      checked: true,
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
      document.getElementById('status').textContent = words.sent;
    } else {
      document.getElementById('alert-message').textContent = result.errorMessage || words.prevented;
      // Mailbox 1.14: a commandId puts a button beside "Don't send" (Take Action, as on the web
      // and in new Outlook), labelled with cancelLabel (at most 20 characters).
      var action = document.getElementById('alert-action');
      var takesAction =
        Boolean(result.commandId) && versionAtLeast(requirementSets.Mailbox, '1.14');
      action.hidden = !takesAction;
      action.textContent = takesAction
        ? String(result.cancelLabel || words.takeAction).slice(0, 20)
        : '';
      action.dataset.command = takesAction ? result.commandId : '';
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
      mode === 'organizer' ? words.organizer : words.attendee;
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
      raiseTime();
    });
  });
  ['required', 'optional'].forEach(function (name) {
    inputs[name].addEventListener('change', function () {
      state[name] = parseAttendees(inputs[name].value);
      raiseRecipients([name]);
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
  document.getElementById('alert-action').addEventListener('click', function (e) {
    document.getElementById('alert').hidden = true;
    if (e.currentTarget.dataset.command === paneCommand && paneUrl) paneFrame.src = paneUrl;
  });

  function snapshot() {
    return JSON.parse(JSON.stringify(state));
  }

  var dialogs = dialogHost();

  var api = {
    /** The appointment as it stands (a copy; times as ISO strings). */
    state: snapshot,
    /** Changes the appointment as the organiser would in Outlook's own form. */
    setState: function (patch) {
      Object.keys(patch).forEach(function (k) {
        state[k] = k === 'start' || k === 'end' ? new Date(patch[k]) : patch[k];
      });
      var lists = ['required', 'optional'].filter(function (k) {
        return k in patch;
      });
      if (lists.length > 0) raiseRecipients(lists);
      if ('start' in patch || 'end' in patch) raiseTime();
      render();
    },
    /** The behaviours played where clients differ (client, rewrites, organiserListed …). */
    behaviour: function () {
      return JSON.parse(JSON.stringify(behaviour));
    },
    /** Changes them for the rest of the test, e.g. `{ rewrites: { stripIds: false } }`. */
    setBehaviour: function (patch) {
      Object.keys(patch).forEach(function (k) {
        behaviour[k] =
          k === 'rewrites' ? Object.assign({}, behaviour.rewrites, patch[k]) : patch[k];
      });
    },
    /**
     * Closes the form and opens the saved meeting again, with the pane: the session's data is
     * gone (Office's SessionData reference), custom properties as `customPropertiesAfterReopen`
     * says, and the item is an existing one.
     */
    reopen: function () {
      if (!state.itemId) throw new Error('A new item that was never saved is gone once closed');
      state.sessionData = {};
      var saved = Object.assign({}, state.customProperties);
      if (behaviour.customPropertiesAfterReopen === 'empty') state.customProperties = {};
      if (behaviour.customPropertiesAfterReopen === 'stale') {
        state.customProperties = propertiesWhenOpened;
      }
      propertiesWhenOpened = saved;
      state.existing = true;
      customPropertySaves = 0;
      eventTargets.clear();
      paneFrame.src = 'about:blank';
      setTimeout(function () {
        paneFrame.src = paneUrl;
      }, 50);
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
    /** Every dialog the pane asked for: `{ url, outcome }` (open, message, closed, a code). */
    dialogs: function () {
      return dialogs.log();
    },
  };
  window.__outlook = api;

  /**
   * Office's dialog API as Outlook on the web plays it, kept apart from the item above. Sources:
   * learn.microsoft.com "Use the Office dialog API in Office Add-ins", "Best practices and rules
   * for the Office dialog API" (the Allow/Ignore prompt) and "Handle errors and events in the
   * Office dialog box" (the codes). `displayDialogAsync` from the pane: the address must be on
   * the pane's own origin (12004) and https (12005; the stand-in lets http through on loopback
   * only, since the test servers have no TLS); one dialog at a time (12007); unless
   * `promptBeforeOpen: false`, Office's prompt first, Ignore giving 12009; a window of its own,
   * a blocked one giving 12011. In the window, `messageParent` reaches the pane's
   * `DialogMessageReceived` handlers with the window's origin; the user closing the window gives
   * `DialogEventReceived` 12006; after `close()` nothing more arrives.
   */
  function dialogHost() {
    var open = null;
    var log = [];
    var prompt = null;

    function toPane(message) {
      paneFrame.contentWindow.postMessage(message, appOrigin);
    }
    function refuse(id, code, message) {
      log.push({ url: null, outcome: code });
      toPane({ nmOffice: 'dialogOpened', id: id, ok: false, code: code, message: message });
    }
    function loopback(url) {
      return url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    }
    function percent(value, whole) {
      var n = Number(value);
      return Math.round((whole * (n > 0 && n <= 100 ? n : 80)) / 100);
    }

    function ask(question) {
      // Office on the web's own prompt, so the browser's pop-up blocker lets the window through.
      return new Promise(function (resolve) {
        prompt = document.createElement('div');
        prompt.id = 'dialog-prompt';
        prompt.setAttribute('role', 'dialog');
        prompt.setAttribute('aria-label', 'Netværksmøder');
        prompt.style.cssText =
          'position:fixed;top:80px;left:60px;width:420px;background:#fff;border:1px solid #605e5c;' +
          'box-shadow:0 8px 24px rgb(0 0 0 / 30%);padding:12px 16px';
        var text = document.createElement('p');
        text.textContent = question;
        prompt.appendChild(text);
        ['Allow', 'Ignore'].forEach(function (label) {
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = label;
          button.addEventListener('click', function () {
            prompt.remove();
            prompt = null;
            resolve(label === 'Allow');
          });
          prompt.appendChild(button);
          prompt.appendChild(document.createTextNode(' '));
        });
        document.body.appendChild(prompt);
      });
    }

    async function openDialog(m) {
      calls.push('displayDialogAsync');
      var url;
      try {
        url = new URL(m.url);
      } catch {
        return refuse(m.id, 12004, 'The URL is not a full address on the add-in’s domain.');
      }
      if (url.origin !== appOrigin) {
        return refuse(m.id, 12004, 'The domain of the URL is not the domain of the host page.');
      }
      if (url.protocol !== 'https:' && !loopback(url)) {
        return refuse(m.id, 12005, 'The URL uses the HTTP protocol. HTTPS is required.');
      }
      if (open || prompt) {
        return refuse(m.id, 12007, 'A dialog box is already opened from this host window.');
      }
      var options = m.options || {};
      if (options.promptBeforeOpen !== false) {
        open = { id: m.id, pending: true };
        var allowed = await ask('Netværksmøder wants to display a new window.');
        open = null;
        if (!allowed) return refuse(m.id, 12009, 'The user chose to ignore the dialog box.');
      }
      var features =
        'popup,width=' +
        percent(options.width, screen.availWidth) +
        ',height=' +
        percent(options.height, screen.availHeight);
      var win = window.open(url.href, '_blank', features);
      if (!win) return refuse(m.id, 12011, 'The browser blocked the dialog box.');
      var entry = { id: m.id, win: win, url: url.href, outcome: 'open' };
      log.push(entry);
      open = entry;
      entry.watch = setInterval(function () {
        if (!win.closed) return;
        // The user closed it (Office: 12006); a close the pane asked for raises nothing.
        finish(entry, 'closed');
        toPane({
          nmOffice: 'dialogEvent',
          id: entry.id,
          type: 'dialogEventReceived',
          error: 12006,
        });
      }, 100);
      toPane({ nmOffice: 'dialogOpened', id: m.id, ok: true });
    }

    function finish(entry, outcome) {
      clearInterval(entry.watch);
      if (entry.outcome === 'open' || entry.outcome === 'message') entry.outcome = outcome;
      if (open === entry) open = null;
    }

    return {
      /** Takes the dialog's messages, and the pane's about dialogs; true when it took one. */
      handles: function (m, source) {
        var fromDialog = open && open.win && source === open.win;
        if (fromDialog && m.nmOffice === 'hello') {
          source.postMessage(
            {
              nmOffice: 'context',
              mode: 'dialog',
              displayLanguage: params.get('locale') || 'da-DK',
              requirementSets: requirementSets,
            },
            appOrigin,
          );
          return true;
        }
        if (fromDialog && m.nmOffice === 'dialog' && m.op === 'message') {
          calls.push('messageParent');
          open.outcome = 'message';
          toPane({
            nmOffice: 'dialogEvent',
            id: open.id,
            type: 'dialogMessageReceived',
            message: m.message,
            origin: appOrigin,
          });
          return true;
        }
        if (fromDialog) return true;
        if (m.nmOffice !== 'dialog' || source !== paneFrame.contentWindow) return false;
        if (m.op === 'open') void openDialog(m);
        else if (m.op === 'close' && open && open.id === m.id && open.win) {
          var entry = open;
          finish(entry, entry.outcome === 'message' ? 'answered' : 'closedByPane');
          entry.win.close();
        }
        return true;
      },
      log: function () {
        return log.map(function (e) {
          return { url: e.url, outcome: e.outcome };
        });
      },
    };
  }

  render();
  if (paneUrl && !params.has('wait')) paneFrame.src = paneUrl;
})();
