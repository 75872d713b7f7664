import { saveFile } from '../saveFile';
import type { DeliveryPlatform } from './platform';

/**
 * The standalone page: a browser tab of its own, so downloads and printing work and a mail link
 * is opened by navigating to it (the page stays; the mail program opens). Nobody is signed in to
 * Microsoft 365 here, so Outlook drafts cannot be created.
 */
export function browserPlatform(): DeliveryPlatform {
  return {
    document,
    downloads: 'blob',
    download: saveFile,
    canPrint: typeof window.print === 'function',
    openMailto(url) {
      window.location.href = url;
      return true;
    },
    openWebLink(url) {
      window.open(url, '_blank', 'noopener');
    },
  };
}
