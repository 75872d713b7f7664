/**
 * Hands bytes to the browser as a download. Blob downloads are blocked in Office's desktop
 * webview, which is why only the standalone page offers this.
 */
export function saveFile(name: string, bytes: Uint8Array, type: string): void {
  // A copy into a fresh ArrayBuffer: Blob wants a plain ArrayBuffer, not a view of a shared one.
  const blob = new Blob([bytes.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
