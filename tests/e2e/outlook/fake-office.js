// A stand-in for office.js in browser tests, served by the Outlook host page's server in place
// of Microsoft's CDN (the test build's NM_OFFICE_JS_URL). It answers the add-in's pages as
// Outlook does: the same `Office` global (the part the add-in uses), every call asynchronous,
// results in Office's AsyncResult shape. The item itself lives in the host page
// (outlook-host.js), which this script asks over postMessage: so the pane and the send check,
// each in its own frame, see one meeting form, as in Outlook. What office.js checks itself before
// asking Outlook (lengths and counts), this throws, as office.js does (FIDELITY.md).
(function () {
  'use strict';
  // The pane and the send page are frames of the host page; Office's dialog is a window it opened.
  var host = window.parent !== window ? window.parent : window.opener;
  var hostOrigin = new URL(document.currentScript.src).origin;
  var pending = new Map();
  var handlers = new Map();
  var nextId = 1;
  var context = null;
  var readyCallbacks = [];
  var itemHandlers = new Map();

  // office.js's own checks, made before it asks Outlook (outlook-web-16.01.js): it throws.
  var MAX_SUBJECT = 255;
  var MAX_LOCATION = 255;
  var MAX_RECIPIENTS_PER_CALL = 100;
  var MAX_CUSTOM_PROPERTIES = 2500;
  var MAX_BODY = 1000000;
  function outOfRange(parameter) {
    var e = new Error(
      'Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\n' +
        'Parameter name: ' +
        parameter,
    );
    e.name = 'Sys.ArgumentOutOfRangeException';
    e.paramName = parameter;
    return e;
  }
  function checkLength(parameter, max) {
    return function (value) {
      if (String(value).length > max) throw outOfRange(parameter);
    };
  }
  function checkCount(parameter) {
    return function (list) {
      if ((list || []).length > MAX_RECIPIENTS_PER_CALL) throw outOfRange(parameter + '.length');
    };
  }

  // office.js sets these to null (it keeps its own history); so must the stand-in, so a page
  // that depends on them fails here as it would in Outlook.
  try {
    window.history.pushState = null;
    window.history.replaceState = null;
  } catch {
    /* a browser that refuses is no worse than Outlook */
  }

  function post(message) {
    host.postMessage(message, hostOrigin);
  }

  function call(method, args) {
    return new Promise(function (resolve) {
      var id = nextId++;
      pending.set(id, resolve);
      post({ nmOffice: 'call', id: id, method: method, args: args });
    });
  }

  function asyncResult(answer, asyncContext) {
    return answer.ok
      ? { status: 'succeeded', value: answer.value, error: undefined, asyncContext: asyncContext }
      : {
          status: 'failed',
          value: undefined,
          error: {
            name: answer.error.name,
            message: answer.error.message,
            code: answer.error.code,
          },
          asyncContext: asyncContext,
        };
  }

  // Office's methods take (data..., options?, callback?): the callback is the last function,
  // options the last plain object; asyncContext stays here (it may hold what cannot be posted).
  function method(name, dataCount, check) {
    return function () {
      var args = Array.prototype.slice.call(arguments);
      if (check) check(args[0]);
      var callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
      var data = args.slice(0, dataCount);
      var options = args[dataCount] && typeof args[dataCount] === 'object' ? args[dataCount] : {};
      var asyncContext = options.asyncContext;
      var sent = {};
      Object.keys(options).forEach(function (k) {
        if (k !== 'asyncContext') sent[k] = options[k];
      });
      call(name, data.concat([sent])).then(function (answer) {
        if (callback) callback(asyncResult(answer, asyncContext));
      });
    };
  }

  function field(name, check) {
    return {
      getAsync: method(name + '.getAsync', 0),
      setAsync: method(name + '.setAsync', 1, check),
    };
  }

  function attendees(name) {
    var f = field(name, checkCount(name));
    f.addAsync = method(name + '.addAsync', 1, checkCount(name));
    return f;
  }

  function customProperties(values) {
    var props = Object.assign({}, values);
    return {
      get: function (n) {
        return props[n];
      },
      set: function (n, v) {
        props[n] = v;
      },
      remove: function (n) {
        props = Object.fromEntries(
          Object.entries(props).filter(function (entry) {
            return entry[0] !== n;
          }),
        );
      },
      getAll: function () {
        return Object.assign({}, props);
      },
      saveAsync: function () {
        if (JSON.stringify(props).length > MAX_CUSTOM_PROPERTIES) {
          throw outOfRange('customProperties');
        }
        var args = Array.prototype.slice.call(arguments);
        var callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
        var asyncContext = args[0] && args[0].asyncContext;
        call('customProperties.saveAsync', [props]).then(function (answer) {
          if (callback) callback(asyncResult(answer, asyncContext));
        });
      },
    };
  }

  function loadCustomPropertiesAsync() {
    var args = Array.prototype.slice.call(arguments);
    var callback = args.shift();
    var userContext = args[0];
    call('loadCustomPropertiesAsync', []).then(function (answer) {
      var result = asyncResult(
        answer.ok ? { ok: true, value: customProperties(answer.value) } : answer,
        userContext,
      );
      if (callback) callback(result);
    });
  }

  // item.addHandlerAsync (Mailbox 1.7, task panes only): the handler stays here; the host is
  // told, so it knows whom to raise the item's events for.
  function addHandlerAsync(type, handler) {
    var args = Array.prototype.slice.call(arguments, 2);
    var callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    call('addHandlerAsync', [type]).then(function (answer) {
      if (answer.ok) {
        var list = itemHandlers.get(type) || [];
        list.push(handler);
        itemHandlers.set(type, list);
      }
      if (callback) callback(asyncResult(answer, undefined));
    });
  }
  function removeHandlerAsync(type) {
    var args = Array.prototype.slice.call(arguments, 1);
    var callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    itemHandlers.delete(type);
    call('removeHandlerAsync', [type]).then(function (answer) {
      if (callback) callback(asyncResult(answer, undefined));
    });
  }

  function composeItem(withEvents) {
    var item = {
      itemType: 'appointment',
      subject: field('subject', checkLength('subject', MAX_SUBJECT)),
      location: field('location', checkLength('location', MAX_LOCATION)),
      start: field('start'),
      end: field('end'),
      body: {
        getAsync: method('body.getAsync', 1),
        setAsync: method('body.setAsync', 1, checkLength('data', MAX_BODY)),
      },
      requiredAttendees: attendees('requiredAttendees'),
      optionalAttendees: attendees('optionalAttendees'),
      getItemIdAsync: method('getItemIdAsync', 0),
      saveAsync: method('saveAsync', 0),
      loadCustomPropertiesAsync: loadCustomPropertiesAsync,
      sessionData: {
        getAsync: method('sessionData.getAsync', 1),
        setAsync: method('sessionData.setAsync', 2),
        getAllAsync: method('sessionData.getAllAsync', 0),
        removeAsync: method('sessionData.removeAsync', 1),
        clearAsync: method('sessionData.clearAsync', 0),
      },
    };
    // A client without Mailbox 1.7 has no such methods on the item.
    if (withEvents) {
      item.addHandlerAsync = addHandlerAsync;
      item.removeHandlerAsync = removeHandlerAsync;
    }
    return item;
  }

  function readItem(item) {
    return {
      // A meeting request in the inbox is a message (`itemClass` IPM.Schedule.Meeting.Request).
      itemType: item.itemType || 'appointment',
      itemClass: item.itemClass || 'IPM.Appointment',
      itemId: item.itemId,
      subject: item.subject,
      location: item.location,
      start: item.start,
      end: item.end,
      organizer: item.organizer,
      requiredAttendees: item.requiredAttendees,
      optionalAttendees: item.optionalAttendees,
      body: { getAsync: method('body.getAsync', 1) },
      loadCustomPropertiesAsync: loadCustomPropertiesAsync,
    };
  }

  function versionAtLeast(have, want) {
    var a = String(have).split('.').map(Number);
    var b = String(want || '1.1')
      .split('.')
      .map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  var Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: {
      RecipientsChanged: 'olkRecipientsChanged',
      AppointmentTimeChanged: 'olkAppointmentTimeChanged',
    },
    MailboxEnums: { RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' } },
    HostType: { Outlook: 'Outlook' },
    context: {
      get displayLanguage() {
        return context.displayLanguage;
      },
      get diagnostics() {
        return { platform: context.platform, host: 'Outlook', version: '16.0' };
      },
      requirements: {
        isSetSupported: function (name, version) {
          var have = context.requirementSets[name];
          return have !== undefined && versionAtLeast(have, version);
        },
      },
      mailbox: {
        get userProfile() {
          return context.userProfile;
        },
        get item() {
          return context.item;
        },
        convertToRestId: function (id) {
          // EWS ids are base64; REST ids the URL-safe form of the same.
          return String(id).replace(/\//g, '-').replace(/\+/g, '_');
        },
        diagnostics: { hostName: 'OutlookWebApp' },
      },
    },
    actions: {
      associate: function (name, handler) {
        handlers.set(name, handler);
        post({ nmOffice: 'associated', name: name });
      },
    },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        var done = function () {
          var info = { host: 'Outlook', platform: context.platform };
          if (callback) callback(info);
          resolve(info);
        };
        if (context) setTimeout(done, 0);
        else readyCallbacks.push(done);
      });
    },
  };
  window.Office = Office;
  var dialogs = dialogApi(Office);

  window.addEventListener('message', function (event) {
    if (event.source !== host || event.origin !== hostOrigin) return;
    var m = event.data;
    if (!m || typeof m.nmOffice !== 'string') return;
    if (m.nmOffice === 'context' && m.mode === 'dialog') {
      context = dialogs.onContext(m);
      readyCallbacks.splice(0).forEach(function (c) {
        c();
      });
    } else if (m.nmOffice === 'dialogOpened' || m.nmOffice === 'dialogEvent') {
      dialogs.onHostMessage(m);
    } else if (m.nmOffice === 'context') {
      context = {
        displayLanguage: m.displayLanguage,
        userProfile: m.userProfile,
        requirementSets: m.requirementSets,
        platform: m.platform || 'OfficeOnline',
        item: m.mode === 'organizer' ? composeItem(m.itemEvents) : readItem(m.item),
      };
      var callbacks = readyCallbacks.splice(0);
      callbacks.forEach(function (c) {
        c();
      });
    } else if (m.nmOffice === 'itemEvent') {
      // Outlook raises the item's events with their arguments (Office.RecipientsChangedEventArgs,
      // Office.AppointmentTimeChangedEventArgs).
      (itemHandlers.get(m.type) || []).forEach(function (handler) {
        handler(Object.assign({ type: m.type }, m.args));
      });
    } else if (m.nmOffice === 'result') {
      var resolve = pending.get(m.id);
      pending.delete(m.id);
      if (resolve) resolve(m);
    } else if (m.nmOffice === 'event') {
      var handler = handlers.get(m.name);
      var completed = false;
      var eventObject = {
        type: m.type,
        completed: function (options) {
          if (completed) return;
          completed = true;
          post({ nmOffice: 'completed', id: m.id, options: options || {} });
        },
      };
      if (!handler) post({ nmOffice: 'completed', id: m.id, options: {}, missing: true });
      // Outlook raises the event once the item is there: wait for the context if need be.
      else if (context) handler(eventObject);
      else
        readyCallbacks.push(function () {
          handler(eventObject);
        });
    }
  });

  // Office's dialog API (DialogApi 1.1), kept apart from the item's API above. Sources:
  // learn.microsoft.com "Use the Office dialog API in Office Add-ins" and "Handle errors and
  // events in the Office dialog box". In the pane, `Office.context.ui.displayDialogAsync` asks
  // the host page, which plays Outlook on the web (its Allow/Ignore prompt, a window of its own,
  // the codes); in the dialog's window only `messageParent` and `requirements.isSetSupported`
  // work, and only once `Office.onReady` is done.
  function dialogApi(office) {
    var opened = new Map();
    var nextDialog = 1;
    var inDialog = false;
    office.EventType = Object.assign({}, office.EventType, {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    });

    function failed(code, message, asyncContext) {
      return {
        status: 'failed',
        value: undefined,
        error: { name: 'Dialog error', message: message, code: code },
        asyncContext: asyncContext,
      };
    }

    function dialogObject(id) {
      var handlers = { dialogMessageReceived: [], dialogEventReceived: [] };
      var dialog = {
        addEventHandler: function (type, handler) {
          if (!handlers[type]) throw new Error('Unknown dialog event type: ' + type);
          handlers[type].push(handler);
        },
        close: function () {
          opened.delete(id);
          post({ nmOffice: 'dialog', op: 'close', id: id });
        },
        messageChild: function () {
          throw new Error('messageChild is not played by the stand-in');
        },
      };
      return { dialog: dialog, handlers: handlers };
    }

    office.context.ui = {
      displayDialogAsync: function (startAddress, options, callback) {
        if (typeof options === 'function') {
          callback = options;
          options = {};
        }
        options = options || {};
        var id = nextDialog++;
        var entry = Object.assign(dialogObject(id), { callback: callback, options: options });
        opened.set(id, entry);
        var sent = {};
        Object.keys(options).forEach(function (k) {
          if (k !== 'asyncContext') sent[k] = options[k];
        });
        post({ nmOffice: 'dialog', op: 'open', id: id, url: String(startAddress), options: sent });
      },
      messageParent: function (message) {
        if (!inDialog) throw new Error('messageParent works only in a dialog box');
        if (!context) throw new Error('Office.onReady has not finished in the dialog box');
        if (typeof message !== 'string' && typeof message !== 'boolean') {
          throw new Error('messageParent takes a string or a boolean');
        }
        post({ nmOffice: 'dialog', op: 'message', message: String(message) });
      },
    };

    return {
      /** The dialog's context: no mailbox, only the requirement sets and the language. */
      onContext: function (m) {
        inDialog = true;
        delete office.context.mailbox;
        delete office.context.ui.displayDialogAsync;
        return {
          displayLanguage: m.displayLanguage,
          requirementSets: m.requirementSets,
          userProfile: null,
          item: null,
        };
      },
      onHostMessage: function (m) {
        var entry = opened.get(m.id);
        if (!entry) return;
        if (m.nmOffice === 'dialogOpened') {
          var asyncContext = entry.options.asyncContext;
          if (!m.ok) opened.delete(m.id);
          if (entry.callback) {
            entry.callback(
              m.ok
                ? { status: 'succeeded', value: entry.dialog, asyncContext: asyncContext }
                : failed(m.code, m.message, asyncContext),
            );
          }
          return;
        }
        if (m.type === 'dialogEventReceived') opened.delete(m.id);
        var arg =
          m.type === 'dialogMessageReceived'
            ? { message: m.message, origin: m.origin }
            : { error: m.error };
        entry.handlers[m.type].forEach(function (h) {
          h(arg);
        });
      },
    };
  }

  post({ nmOffice: 'hello' });
})();
