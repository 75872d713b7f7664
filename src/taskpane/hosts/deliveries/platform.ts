import type { FetchLike } from '../../../adapters/outlook/fetchLike';

/**
 * What differs between the places the pane runs when a draft leaves it: whether the browser
 * takes downloads, whether it can print, how a link is opened, and whether anyone can sign in
 * to Microsoft 365. The deliveries are the same code over either.
 */
export interface DeliveryPlatform {
  document: Document;
  /**
   * 'blob': the browser saves downloads (a page of its own, Excel on the web). 'data-link':
   * Office's desktop windows block them, so the file is offered as a data: link to click.
   */
  downloads: 'blob' | 'data-link';
  /** Hands a file to the browser as a download ('blob' only). */
  download(name: string, bytes: Uint8Array, type: string): void;
  /** Whether print() works here (Office on Mac has none). */
  canPrint: boolean;
  /** Opens a mailto: link in the user's mail program; false when the host refused (a blocked window). */
  openMailto(url: string): boolean;
  /** Opens an https link outside the pane. */
  openWebLink(url: string): void;
  /** Signing in to Microsoft 365 for Graph; absent where the pane cannot (the standalone page). */
  signIn?: {
    fetch: FetchLike;
    /** The task pane's address, registered as the popup fallback's redirect URI. */
    redirectUri: string;
    /** The Office user's sign-in name, so a silent sign-in picks the right account. */
    loginHint?: () => Promise<string | undefined>;
  };
}
