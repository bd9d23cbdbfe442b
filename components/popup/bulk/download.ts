/**
 * Saves text as a file from the popup: a blob URL and an `<a download>` click, so no
 * `downloads` permission is needed. The URL is revoked once the browser has taken it.
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `contacts-<host>-<YYYY-MM-DD>.<ext>`: where they came from and when. */
export function exportName(pageUrl: string, extension: string, now = new Date()): string {
  let host = '';
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    // No page (a handed capture without a URL): the date alone names it.
  }
  const day = now.toISOString().slice(0, 10);
  return `${['contacts', host.replace(/[^a-z0-9.-]/gi, ''), day].filter(Boolean).join('-')}.${extension}`;
}
