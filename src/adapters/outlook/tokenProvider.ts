export interface TokenRequestOptions {
  /**
   * Skip any cached token and get a new one. Set only after Graph refused the token (401): it may
   * have been revoked or expired early, and the cache would hand the same refused token back.
   */
  forceRefresh?: boolean;
}

/**
 * Where access tokens come from. The Graph client sees only this, so sign-in (MSAL nested app
 * authentication in the task pane, a fixed fake in tests) can change without touching it.
 * Implementations must never log or persist the token: it grants access to the user's mail.
 */
export interface TokenProvider {
  /** An access token for Microsoft Graph with these delegated scopes (e.g. ["Mail.ReadWrite"]). */
  getToken(scopes: string[], options?: TokenRequestOptions): Promise<string>;
}
