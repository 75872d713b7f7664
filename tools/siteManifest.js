// The add-in's URLs come from one setting: ADDIN_BASE_URL at build time. manifest.xml is written
// against the development server's origin; the build swaps that prefix for the production base.
// Shared by webpack.config.js and the manifest tests, so both see the same rules.

/** The prefix every URL in manifest.xml is written with. */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The base URL the site is served from: https only (Office refuses anything else), no query or
 * fragment, no trailing slash. A path is allowed (https://cdn.example.com/dunning-desk).
 */
function addinBaseUrl(value) {
  const text = (value ?? '').trim() || DEV_BASE_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL must be an absolute https URL, got "${text}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https (Office add-ins are https only), got "${text}"`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_BASE_URL must be a plain origin and path, got "${text}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** manifest.xml with every development URL moved to `base`. */
function renderManifest(xml, base) {
  return xml.split(`${DEV_BASE_URL}/`).join(`${base}/`).split(`"${DEV_BASE_URL}"`).join(`"${base}"`);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, renderManifest };
