import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer a script makes the server give instead of Graph's normal one. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** One request inside a $batch, as received. */
export interface ReceivedSubRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** One HTTP request to the server, as received (headers as Node gives them: lower-case names). */
export interface ReceivedBatch {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  requests: ReceivedSubRequest[];
}

export interface GraphServerOptions {
  /** The access tokens accepted; anything else gets Graph's 401. */
  tokens: readonly string[];
  /** Replaces the answer to a whole batch (1-based count of batches received, retries included). */
  batch?: (batchNumber: number, received: ReceivedBatch) => ScriptedAnswer | undefined;
  /**
   * Replaces the answer to one sub-request; `attempt` counts how often this same message was
   * received (1 = first), and `batch` (its headers) lets a script refuse one token per request.
   */
  subRequest?: (request: ReceivedSubRequest, attempt: number, batch: ReceivedBatch) => ScriptedAnswer | undefined;
}

export interface GraphServer {
  /** Pass as the client's baseUrl: http://127.0.0.1:<port>/v1.0 */
  baseUrl: string;
  /** Every request received, in order. */
  batches: ReceivedBatch[];
  /** The drafts "created", by id, as Graph would store them. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  messages: Map<string, any>;
  close(): Promise<void>;
}

/** Graph's error body shape: { error: { code, message, innerError } }. */
export const graphError = (status: number, code: string, message: string, headers?: Record<string, string>): ScriptedAnswer => ({
  status,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: { error: { code, message, innerError: { date: '2026-11-30T12:00:00', 'request-id': 'b3c5e9a1-0000-4000-8000-000000000000' } } },
});

/** What Graph answers when a mailbox gets too many concurrent requests. */
export const throttled = (retryAfter = '1') =>
  graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': retryAfter });

/**
 * A loopback HTTP server that answers `POST /v1.0/$batch` the way Microsoft Graph does, so the
 * real Graph client runs over real HTTP: it checks the bearer token (401 otherwise), refuses
 * batches over 20 requests and sub-requests without a JSON Content-Type (400, as Graph does),
 * creates each message with a new id (201, echoing the message), and answers sub-requests in
 * reverse order (Graph promises no order, so clients must match by id). Scripts replace any
 * answer with a failure. It records everything it received.
 */
export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const batches: ReceivedBatch[] = [];
  const messages = new Map<string, unknown>();
  const attempts = new Map<string, number>();
  let nextId = 1;

  const reply = (res: ServerResponse, answer: ScriptedAnswer) => {
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  };

  const answerSubRequest = (request: ReceivedSubRequest, batch: ReceivedBatch): ScriptedAnswer & { id: string } => {
    const key = JSON.stringify(request.body);
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const scripted = options.subRequest?.(request, attempt, batch);
    if (scripted) return { id: request.id, ...scripted };
    if (request.method !== 'POST' || !/^\/?me\/messages$/.test(request.url)) {
      return { id: request.id, ...graphError(400, 'BadRequest', `Resource not found for the segment '${request.url}'.`) };
    }
    const contentType = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    if (request.body !== undefined && !/^application\/json/i.test(contentType ?? '')) {
      return { id: request.id, ...graphError(400, 'BadRequest', 'Write request id : ' + request.id + ' does not contain Content-Type header or body.') };
    }
    const id = `AAMkAGI2TG93AAA=${String(nextId++).padStart(6, '0')}`;
    const message = { ...request.body, id, isDraft: true, webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem` };
    messages.set(id, message);
    return {
      id: request.id,
      status: 201,
      headers: { Location: `https://graph.microsoft.com/v1.0/users('me')/messages('${id}')`, 'Content-Type': 'application/json' },
      body: { '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages/$entity", ...message },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let parsed: { requests?: ReceivedSubRequest[] } | null = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const received: ReceivedBatch = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, requests: Array.isArray(parsed?.requests) ? parsed.requests : [] };
    batches.push(received);

    if (req.method !== 'POST' || req.url !== '/v1.0/$batch') return reply(res, graphError(404, 'UnknownError', ''));
    if (!options.tokens.some((token) => req.headers.authorization === `Bearer ${token}`)) {
      return reply(res, graphError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', { 'WWW-Authenticate': 'Bearer realm=""' }));
    }
    const scripted = options.batch?.(batches.length, received);
    if (scripted) return reply(res, scripted);
    if (parsed === null || !Array.isArray(parsed.requests)) return reply(res, graphError(400, 'BadRequest', 'Invalid batch payload format.'));
    if (parsed.requests.length === 0 || parsed.requests.length > 20) {
      return reply(res, graphError(400, 'BadRequest', 'Invalid batch payload format: the number of requests must be between 1 and 20.'));
    }
    const responses = parsed.requests.map((request) => answerSubRequest(request, received)).reverse();
    reply(res, { status: 200, body: { responses } });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => reply(res, graphError(500, 'InternalServerError', String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    batches,
    messages,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
