/**
 * Hands the browser a text file to save, as a link clicked on the user's behalf. The object URL
 * lives a little while after the click: revoking it at once can cancel the download.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
