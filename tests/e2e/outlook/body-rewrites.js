// What Outlook does to a meeting body between the add-in's body.setAsync and its next
// body.getAsync, one switch per behaviour (sources in FIDELITY.md). The host page applies
// `ingest` when the add-in sets the body and `serialize` when it reads it; unit tests
// (tests/outlookBodyRewrites.test.ts) run the same functions in jsdom. Works on the DOM only.
(function (root) {
  'use strict';

  var BLOCK = /^(P|DIV|TABLE|UL|OL|H[1-6]|BLOCKQUOTE|PRE|HR)$/;

  function parse(html) {
    return new DOMParser().parseFromString(String(html), 'text/html');
  }

  /** The body's content, whether `html` is a fragment or a whole document (Word's included). */
  function contentOf(html) {
    var body = parse(html).body;
    Array.prototype.slice.call(body.querySelectorAll('div.WordSection1')).forEach(function (div) {
      while (div.firstChild) div.parentNode.insertBefore(div.firstChild, div);
      div.parentNode.removeChild(div);
    });
    return body.innerHTML;
  }

  function elements(doc) {
    return Array.prototype.slice.call(doc.body.querySelectorAll('*'));
  }

  // Outlook on the web and new Outlook sanitise the body: `class` and `data-` attributes go
  // (office-js#5296, #5320), and the first element gets Outlook's own `elementToProof`.
  function stripClassAndData(doc) {
    elements(doc).forEach(function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (a) {
        if (a.name === 'class' || a.name.indexOf('data-') === 0) el.removeAttribute(a.name);
      });
    });
    var first = doc.body.firstElementChild;
    if (first) first.setAttribute('class', 'elementToProof');
  }

  // Unconfirmed, the stricter case: `id`s go too (office-js#4460 saw one stripped on the web).
  function stripIds(doc) {
    elements(doc).forEach(function (el) {
      el.removeAttribute('id');
    });
  }

  // The web editor does not keep `<div>`s: their blocks stay, their inline content becomes a
  // paragraph with a styled span, and an empty `<div><br></div>` follows (office-js#5482, #5501).
  function rewriteDivs(doc) {
    var divs = Array.prototype.slice.call(doc.body.querySelectorAll('div')).reverse();
    divs.forEach(function (div) {
      var parent = div.parentNode;
      var run = null;
      Array.prototype.slice.call(div.childNodes).forEach(function (node) {
        if (node.nodeType === 1 && BLOCK.test(node.nodeName)) {
          run = null;
          parent.insertBefore(node, div);
          return;
        }
        if (!run) {
          var p = doc.createElement('p');
          run = doc.createElement('span');
          run.setAttribute(
            'style',
            'font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;',
          );
          p.appendChild(run);
          parent.insertBefore(p, div);
        }
        run.appendChild(node);
      });
      parent.removeChild(div);
    });
    var trailer = doc.createElement('div');
    trailer.appendChild(doc.createElement('br'));
    doc.body.appendChild(trailer);
  }

  // A setAsync may wrap everything in a further <div> with a <span>, and add a <br> after it:
  // the body grows with each call (office-js#6778).
  function wrapWithBreak(doc) {
    var div = doc.createElement('div');
    var span = doc.createElement('span');
    while (doc.body.firstChild) span.appendChild(doc.body.firstChild);
    div.appendChild(span);
    div.appendChild(doc.createElement('br'));
    doc.body.appendChild(div);
  }

  // getAsync may break lines inside text (office-js#2910): a newline for a space now and then.
  function breakLines(doc) {
    var walker = doc.createTreeWalker(doc.body, 4);
    var texts = [];
    for (var n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
    texts.forEach(function (text) {
      var value = text.nodeValue;
      var out = '';
      var column = 0;
      for (var i = 0; i < value.length; i++) {
        var c = value.charAt(i);
        column++;
        if (c === ' ' && column > 24) {
          out += '\n';
          column = 0;
        } else out += c;
      }
      text.nodeValue = out;
    });
  }

  // Classic Outlook hands back a whole HTML document from Word's engine.
  function wholeDocument(content) {
    return (
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>' +
      '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
      '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">' +
      '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;} ' +
      '@page WordSection1 {size:612.0pt 792.0pt;} div.WordSection1 {page:WordSection1;} --></style>' +
      '</head><body lang="DA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' +
      '<div class="WordSection1">' +
      content +
      '</div></body></html>'
    );
  }

  // Unconfirmed, the stricter case: every character beyond ASCII as a numeric reference.
  function encodeNonAscii(html) {
    return html.replace(/[^\x00-\x7f]/gu, function (c) {
      return '&#' + c.codePointAt(0) + ';';
    });
  }

  /**
   * The body Outlook keeps when the add-in sets `html` (a fragment or a whole document):
   * `rewrites` names the behaviours switched on.
   */
  function ingest(html, rewrites) {
    var doc = parse(contentOf(html));
    if (rewrites.rewriteDivs) rewriteDivs(doc);
    if (rewrites.wrapWithBreak) wrapWithBreak(doc);
    if (rewrites.stripClassAndData) stripClassAndData(doc);
    if (rewrites.stripIds) stripIds(doc);
    return doc.body.innerHTML;
  }

  /** The body as body.getAsync(html) hands it back. */
  function serialize(content, rewrites) {
    var doc = parse(content);
    if (rewrites.stripClassAndData) stripClassAndData(doc);
    if (rewrites.stripIds) stripIds(doc);
    if (rewrites.breakLines) breakLines(doc);
    var html = doc.body.innerHTML;
    if (rewrites.wholeDocument) html = wholeDocument(html);
    if (rewrites.encodeNonAscii) html = encodeNonAscii(html);
    return html;
  }

  /** Each client's rewrites, as the documented clients behave. */
  var CLIENTS = {
    web: {
      stripClassAndData: true,
      stripIds: true,
      rewriteDivs: true,
      wrapWithBreak: true,
      breakLines: true,
    },
    new: {
      stripClassAndData: true,
      stripIds: true,
      rewriteDivs: true,
      wrapWithBreak: true,
      breakLines: true,
    },
    classic: { wholeDocument: true, encodeNonAscii: true, wrapWithBreak: true },
    kind: {},
  };

  root.NmBodyRewrites = { ingest: ingest, serialize: serialize, CLIENTS: CLIENTS };
})(globalThis);
