/**
 * The Teams block Exchange appends to the body of an online meeting, in the shape Graph returns
 * it (a `me-email-text` section under a rule of underscores). Apps that update the body must
 * carry it over, or the invitation loses its join link.
 */
export function teamsJoinBlock(joinUrl: string, meetingId: string, passcode: string): string {
  return [
    '<div><br><br><br>',
    `<div class="me-email-text" style="max-width:600px; color:#242424; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">`,
    '<div style="margin-bottom:24px; overflow:hidden; white-space:nowrap">________________________________________________________________________________</div>',
    '<div style="margin-bottom:12px"><span class="me-email-text" style="font-size:24px; font-weight:700; margin-right:12px">Microsoft Teams</span>',
    '<a id="meet_invite_block.action.help" class="me-email-link" href="https://aka.ms/JoinTeamsMeeting?omkt=da-DK" style="font-size:14px; text-decoration:underline; color:#5b5fc7">Har du brug for hjælp?</a></div>',
    `<div style="margin-bottom:6px"><a id="meet_invite_block.action.join_link" title="${joinUrl}" href="${joinUrl}" target="_blank" style="font-size:20px; font-weight:700; text-decoration:underline; color:#5b5fc7">Deltag i mødet nu</a></div>`,
    `<div style="margin-bottom:6px; margin-top:20px"><span style="font-size:14px; color:#616161">Møde-id: </span><span style="font-size:16px; color:#242424">${meetingId}</span></div>`,
    `<div style="margin-bottom:32px"><span style="font-size:14px; color:#616161">Adgangskode: </span><span style="font-size:16px; color:#242424">${passcode}</span></div>`,
    '<div style="margin-bottom:24px; overflow:hidden; white-space:nowrap">________________________________________________________________________________</div>',
    '</div></div>',
  ].join('\r\n');
}

/** Wraps a body the way Exchange stores HTML: a full document with a charset meta. */
export function exchangeHtml(content: string): string {
  if (/^\s*<html/i.test(content)) return content;
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`;
}

/** Puts the join block inside the body element of an Exchange HTML document. */
export function withJoinBlock(html: string, block: string): string {
  const doc = exchangeHtml(html);
  const at = doc.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? `${doc}${block}` : `${doc.slice(0, at)}${block}\r\n${doc.slice(at)}`;
}
