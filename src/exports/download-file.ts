/** Hands `blob` to the browser as a download named `fileName`. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked later: some browsers read the URL after click() returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
