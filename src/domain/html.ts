const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

// C0 and C1 controls other than tab and line feed, which no mail client shows sensibly and an
// HTML parser rewrites (NUL) or folds (CR) on its own; and U+2060–U+2064 (word joiner, invisible
// operators), which render as nothing and which the app's own marks in a body are made of
// (`inviteMarks.ts`): so no text a user gives can forge them.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2060-\u2064]/g;

/**
 * User text as an invitation carries it: line endings made `\n`, control characters and the
 * invisible characters of the app's marks removed. Everything else, right-to-left marks and
 * emoji included, passes unchanged.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/**
 * User text as safe HTML: normalised, escaped, lines broken with `<br>`, and isolated with
 * `dir="auto"` so right-to-left or direction-override characters cannot reorder the text
 * around it.
 */
export function userTextHtml(text: string): string {
  return `<span dir="auto">${escapeHtml(normalizeText(text)).replace(/\n/g, '<br>')}</span>`;
}
