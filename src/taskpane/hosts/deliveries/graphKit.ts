/**
 * Creating Outlook drafts: the Graph client and the MSAL sign-in, a lazy chunk ("graph") fetched
 * on the first "Create Outlook drafts". MSAL itself is a further chunk ("msal"), loaded by the
 * token provider only when a token is actually needed.
 */
export { graphDrafts } from '../../../adapters/outlook/graphDrafts';
export { msalTokenProvider } from '../../../adapters/outlook/msalTokenProvider';
