/**
 * Clipboard and downloads for the exports, built locally (Blob + object URL): no network,
 * no downloads permission.
 */

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older Firefox popups refuse the async clipboard; a selected textarea + copy still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

export function downloadText(text: string, fileName: string, mime: string): void {
  // A BOM lets spreadsheet programs read the accented names of a CSV as UTF-8.
  const parts = mime.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the Blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
