/**
 * Where access tokens come from. The Graph client sees only this, so sign-in (MSAL nested app
 * authentication in the task pane, a fixed fake in tests) can change without touching it.
 * Implementations must never log or persist the token: it grants access to the user's mail.
 */
export interface TokenProvider {
  /** An access token for Microsoft Graph with these delegated scopes (e.g. ["Mail.ReadWrite"]). */
  getToken(scopes: string[]): Promise<string>;
}
