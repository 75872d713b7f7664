/** The one URL Office requires add-ins to load office.js from (AppSource validation checks it). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function loadScript(src: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    const timer = setTimeout(() => resolve(false), timeoutMs);
    script.src = src;
    script.onload = () => {
      clearTimeout(timer);
      resolve(true);
    };
    script.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
    document.head.appendChild(script);
  });
}

function within<T>(promise: Promise<T>, timeoutMs: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), timeoutMs))]);
}

/**
 * Loads office.js and waits for Office to be ready. Returns the Office host, or null when the page
 * is not inside Office: office.js reports no host, or it could not be loaded at all (no network,
 * blocked) within the time allowed. The pane boots either way; a null host means standalone mode.
 */
export async function bootOffice(timeoutMs: number): Promise<Office.HostType | null> {
  if (!(await loadScript(OFFICE_JS_URL, timeoutMs))) return null;
  if (typeof Office === 'undefined') return null;
  const info = await within(Office.onReady().catch(() => null), timeoutMs, null);
  return info?.host ?? null;
}
