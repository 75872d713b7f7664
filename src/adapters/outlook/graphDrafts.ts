import type { Draft } from '../../domain/draft';
import type { FetchLike, FetchResponseLike } from './fetchLike';
import { graphMessage, type GraphMessage } from './graphMessage';
import { outlookErrors } from './outlookError';
import { retryAfterSeconds } from './retryAfter';
import type { TokenProvider } from './tokenProvider';
import { utf8Length } from './utf8Bytes';

/** Creating drafts needs only this delegated permission (not Mail.Send: nothing is ever sent). */
export const GRAPH_DRAFT_SCOPES: readonly string[] = ['Mail.ReadWrite'];

export interface GraphDraftsConfig {
  /** `fetch` or anything shaped like it. Called unbound, so passing the browser's global fetch works. */
  fetch: FetchLike;
  tokenProvider: TokenProvider;
  /** Default https://graph.microsoft.com/v1.0. Plain http is refused except on loopback (tests). */
  baseUrl?: string;
  /** Waits between retries; tests inject one that records the wait and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Sends of one batch, first try included, before throttled drafts are reported as failed. Default 4. */
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited for: the drafts are reported so the user can try later. Default 60. */
  maxWaitSeconds?: number;
  /** Milliseconds since the epoch, for Retry-After given as a date. */
  now?: () => number;
}

export interface CreatedDraft {
  actionId: string;
  /** Graph's id of the new message in the Drafts folder. */
  id: string;
  /** Opens the draft in Outlook on the web, when Graph gave one. */
  webLink: string | null;
}

export interface FailedDraft {
  actionId: string;
  /** Graph's HTTP status for this draft; null when it was never sent or no answer came. */
  status: number | null;
  /** Graph's error code (e.g. "ErrorInvalidRecipients") or ours: invalid-draft, too-large, throttled, no-answer, network. */
  code: string;
  /** For the user: what happened and what to do. */
  message: string;
}

export interface GraphDraftsResult {
  created: CreatedDraft[];
  failed: FailedDraft[];
}

export interface GraphDraftsClient {
  /**
   * Creates one Outlook draft per Draft. Resolves with what was created and what failed, per
   * draft; throws GraphAccessError (401 even with a fresh token: sign in again; 403: an
   * administrator must grant Mail.ReadWrite) when nothing more can succeed, carrying what was
   * already created.
   */
  create(drafts: readonly Draft[]): Promise<GraphDraftsResult>;
}

/** Graph's own limit on requests in one $batch. */
const MAX_BATCH_REQUESTS = 20;
/** Graph refuses requests over 4 MB; stay under it with room for the batch envelope. */
const MAX_BATCH_BYTES = 3_500_000;

interface Pending {
  actionId: string;
  request: { id: string; method: 'POST'; url: '/me/messages'; headers: { 'Content-Type': 'application/json' }; body: GraphMessage };
  bytes: number;
}

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    // setTimeout is in every host but in no lib this adapter compiles with (ES2022, no DOM/Node).
    (globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown }).setTimeout(resolve, ms);
  });

/**
 * A Microsoft Graph client that creates Outlook drafts: `POST /me/messages`, up to 20 at a time
 * through `POST /$batch`. Throttling (429, and 503) is honoured per batch and per request in a
 * batch: only the requests that were throttled are sent again, after the Retry-After Graph gave
 * (a batch to one mailbox often has a few requests throttled for mailbox concurrency while the
 * rest succeed). A 401 (the token was revoked or expired early) gets one fresh token per call,
 * bypassing the sign-in cache, and only the requests refused are sent again: Graph created
 * nothing for them. Nothing else is retried: a POST that failed any other way may have created
 * the draft, and a second try would leave a duplicate in the user's Drafts folder.
 *
 * The access token goes only into the Authorization header: it is never logged, never part of a
 * result or an error, and is scrubbed from any text Graph or the network layer sends back.
 */
export function graphDrafts(config: GraphDraftsConfig): GraphDraftsClient {
  const baseUrl = (config.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  // A bearer token over plain http could be read by anyone on the path; loopback is for tests.
  if (!/^https:\/\/[^/]/i.test(baseUrl) && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(baseUrl)) {
    throw outlookErrors.invalidOption('Graph base URL (https only)', baseUrl);
  }
  const fetchFn = config.fetch;
  const sleep = config.sleep ?? defaultSleep;
  const maxAttempts = Math.max(1, config.maxAttempts ?? 4);
  const maxWaitSeconds = config.maxWaitSeconds ?? 60;
  const now = config.now ?? (() => Date.now());

  return {
    async create(drafts) {
      const created: CreatedDraft[] = [];
      const failed: FailedDraft[] = [];
      const pending: Pending[] = [];
      for (const draft of drafts) {
        const built = graphMessage(draft);
        if (!built.ok) {
          failed.push({ actionId: draft.actionId, status: null, code: 'invalid-draft', message: built.reason });
          continue;
        }
        const request: Pending['request'] = { id: '', method: 'POST', url: '/me/messages', headers: { 'Content-Type': 'application/json' }, body: built.message };
        const bytes = utf8Length(JSON.stringify(request));
        if (bytes > MAX_BATCH_BYTES) {
          failed.push({
            actionId: draft.actionId,
            status: null,
            code: 'too-large',
            message: `This draft is ${(bytes / 1_000_000).toFixed(1)} MB with its attachments; Outlook drafts can be created from at most ${MAX_BATCH_BYTES / 1_000_000} MB. Save it as an .eml file instead.`,
          });
          continue;
        }
        pending.push({ actionId: draft.actionId, request, bytes });
      }
      if (pending.length === 0) return { created, failed };

      let token = await config.tokenProvider.getToken([...GRAPH_DRAFT_SCOPES]);
      // Every token this call used, the refused one too: any of them may come back in Graph's text.
      const tokens = [token];
      const redact = (text: string) => tokens.reduce((t, used) => (used.length >= 8 ? t.split(used).join('[redacted]') : t), text);
      const clean = (text: string, max = 300) => {
        const t = redact(text).replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
        return t.length > max ? t.slice(0, max - 3) + '...' : t;
      };
      const graphError = (body: unknown) => {
        const error = typeof body === 'object' && body !== null ? (body as { error?: { code?: unknown; message?: unknown } }).error : undefined;
        const code = typeof error?.code === 'string' ? clean(error.code, 80).replace(/[^A-Za-z0-9_.-]/g, '') : '';
        const message = typeof error?.message === 'string' ? clean(error.message) : '';
        return { code, message };
      };
      const send = async (batch: Pending[]): Promise<{ response: FetchResponseLike; body: unknown } | { networkError: string }> => {
        batch.forEach((p, i) => (p.request.id = String(i + 1)));
        try {
          const response = await fetchFn(`${baseUrl}/$batch`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ requests: batch.map((p) => p.request) }),
          });
          const text = await response.text();
          let body: unknown = null;
          try {
            body = text === '' ? null : JSON.parse(text);
          } catch {
            body = null;
          }
          return { response, body };
        } catch (e) {
          return { networkError: clean(e instanceof Error ? e.message : String(e), 200) };
        }
      };
      const stop = (status: 401 | 403, graphCode: string, remaining: Pending[]) => {
        const notCreated = remaining.map((p) => p.actionId);
        return (status === 401 ? outlookErrors.signInAgain : outlookErrors.permission)(created, failed, notCreated, graphCode || (status === 401 ? 'Unauthorized' : 'Forbidden'));
      };
      const waitFor = (seconds: number | null, attempt: number) => seconds ?? Math.min(2 ** (attempt - 1), maxWaitSeconds);
      let refreshed = false;
      /** After a 401: a token from outside the cache, once per call. False when that chance is used up. */
      const renewed = async (): Promise<boolean> => {
        if (refreshed) return false;
        refreshed = true;
        try {
          token = await config.tokenProvider.getToken([...GRAPH_DRAFT_SCOPES], { forceRefresh: true });
        } catch {
          // Sign-in failed mid-run (cancelled, blocked, offline): "sign in again" keeps what was created.
          return false;
        }
        tokens.push(token);
        return true;
      };

      for (const chunk of chunks(pending)) {
        let batch = chunk;
        // Counts sends of throttled requests only: a resend after a 401 is not throttling.
        let attempt = 1;
        while (batch.length > 0) {
          const sent = await send(batch);
          const unsent = () => pending.slice(pending.indexOf(chunk[chunk.length - 1]) + 1);
          if ('networkError' in sent) {
            for (const p of batch) {
              failed.push({
                actionId: p.actionId,
                status: null,
                code: 'network',
                message: `The connection to Outlook failed before it answered (${sent.networkError}). Look in your Drafts folder before trying again: the draft may have been created.`,
              });
            }
            break;
          }
          const { response, body } = sent;
          if (response.status === 401 && (await renewed())) continue;
          if (response.status === 401 || response.status === 403) throw stop(response.status, graphError(body).code, [...batch, ...unsent()]);
          if (response.status === 429 || response.status === 503) {
            const wait = waitFor(retryAfterSeconds(response.headers.get('Retry-After'), now()), attempt);
            if (attempt >= maxAttempts || wait > maxWaitSeconds) {
              for (const p of batch) failed.push(throttled(p.actionId, response.status, attempt, wait, maxWaitSeconds));
              break;
            }
            await sleep(wait * 1000);
            attempt++;
            continue;
          }
          const responses = subResponses(body);
          if (response.status < 200 || response.status > 299 || responses === null) {
            const { code, message } = graphError(body);
            for (const p of batch) {
              failed.push({
                actionId: p.actionId,
                status: response.status,
                code: code || 'unexpected-answer',
                message: `Outlook refused the request (${response.status}${code ? ' ' + code : ''})${message ? ': ' + message : ''}. Look in your Drafts folder before trying again.`,
              });
            }
            break;
          }

          // Throttled and refused requests, in the batch's order; `refused` marks the 401s among them.
          const retry: Pending[] = [];
          const refused = new Set<Pending>();
          let refusedCode = '';
          let deniedCode: string | null = null;
          let wait = 0;
          let retryStatus = 429;
          for (const p of batch) {
            const answer = responses.get(p.request.id);
            if (answer === undefined) {
              failed.push({ actionId: p.actionId, status: null, code: 'no-answer', message: 'Outlook did not answer for this draft. Look in your Drafts folder before trying again: it may have been created.' });
            } else if (answer.status >= 200 && answer.status <= 299) {
              const result = answer.body as { id?: unknown; webLink?: unknown } | null;
              if (typeof result?.id === 'string') {
                created.push({ actionId: p.actionId, id: result.id, webLink: typeof result.webLink === 'string' ? result.webLink : null });
              } else {
                failed.push({ actionId: p.actionId, status: answer.status, code: 'no-answer', message: 'Outlook accepted this draft but did not say which it is; look in your Drafts folder.' });
              }
            } else if (answer.status === 429 || answer.status === 503) {
              retry.push(p);
              retryStatus = answer.status;
              const header = Object.entries(answer.headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
              wait = Math.max(wait, waitFor(retryAfterSeconds(header, now()), attempt));
            } else if (answer.status === 401) {
              if (refused.size === 0) refusedCode = graphError(answer.body).code;
              refused.add(p);
              retry.push(p);
            } else if (answer.status === 403) {
              deniedCode ??= graphError(answer.body).code;
              retry.push(p);
            } else {
              const { code, message } = graphError(answer.body);
              failed.push({
                actionId: p.actionId,
                status: answer.status,
                code: code || `http-${answer.status}`,
                message: `Outlook refused this draft (${answer.status}${code ? ' ' + code : ''})${message ? ': ' + message : ''}.`,
              });
            }
          }
          // A fresh token cannot help with a 403: only an administrator's consent can.
          if (deniedCode !== null) throw stop(403, deniedCode, [...retry, ...unsent()]);
          if (refused.size > 0 && !(await renewed())) throw stop(401, refusedCode, [...retry, ...unsent()]);
          const busy = retry.filter((p) => !refused.has(p));
          if (busy.length > 0 && (attempt >= maxAttempts || wait > maxWaitSeconds)) {
            for (const p of busy) failed.push(throttled(p.actionId, retryStatus, attempt, wait, maxWaitSeconds));
            batch = [...refused];
          } else {
            if (busy.length > 0) {
              await sleep(wait * 1000);
              attempt++;
            }
            batch = retry;
          }
        }
      }
      return { created, failed };
    },
  };
}

/** Up to 20 requests and 3.5 MB per batch, in the drafts' order. */
function chunks(pending: Pending[]): Pending[][] {
  const out: Pending[][] = [];
  let current: Pending[] = [];
  let bytes = 0;
  for (const p of pending) {
    if (current.length === MAX_BATCH_REQUESTS || (current.length > 0 && bytes + p.bytes > MAX_BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p);
    bytes += p.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A $batch answer's responses by request id, or null when the body is not one. */
function subResponses(body: unknown): Map<string, SubResponse> | null {
  const list = typeof body === 'object' && body !== null ? (body as { responses?: unknown }).responses : undefined;
  if (!Array.isArray(list)) return null;
  const out = new Map<string, SubResponse>();
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, status, headers, body: subBody } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof status !== 'number') continue;
    const headerMap = typeof headers === 'object' && headers !== null ? Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
    out.set(id, { id, status, headers: headerMap, body: subBody });
  }
  return out;
}

function throttled(actionId: string, status: number, attempts: number, wait: number, maxWait: number): FailedDraft {
  const message =
    wait > maxWait
      ? `Outlook is busy (${status}) and asked to wait ${wait} seconds before more drafts. Try this one again later.`
      : `Outlook is busy (${status}) and was still refusing after ${attempts} tries. Try this draft again in a minute.`;
  return { actionId, status, code: 'throttled', message };
}
