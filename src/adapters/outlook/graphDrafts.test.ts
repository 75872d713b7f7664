import { graphError, startGraphServer, throttled, type GraphServer, type GraphServerOptions } from '../../../test/support/graphServer';
import type { Draft } from '../../domain/draft';
import { graphDrafts, type GraphDraftsConfig } from './graphDrafts';
import { GraphAccessError } from './outlookError';
import type { TokenProvider, TokenRequestOptions } from './tokenProvider';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.fake-access-token-for-tests.c2lnbmF0dXJl';
/** What the provider gives when asked to bypass its cache. */
const FRESH = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.fresh-access-token-for-tests.c2lnbmF0dXJl';
const FORCED = { forceRefresh: true };
const refusedToken = (detail = 'Lifetime validation failed, the token is expired.') => graphError(401, 'InvalidAuthenticationToken', detail);
/** A provider whose cache holds TOKEN and which gets FRESH when told to bypass it. */
const refreshingProvider: TokenProvider = { getToken: async (_scopes, options) => (options?.forceRefresh ? FRESH : TOKEN) };

function draft(n: number, overrides: Partial<Draft> = {}): Draft {
  return {
    actionId: `2026-11-30-${String(n).padStart(8, '0')}`,
    kind: 'email',
    to: [`Customer ${n} <ap${n}@customer.example>`],
    cc: n % 2 === 0 ? ['manager@dunning.example'] : [],
    replyTo: 'Collections <collections@dunning.example>',
    subject: `Invoice ${1000 + n} is overdue`,
    text: `Dear customer ${n},\nplease pay.`,
    html: `<p>Dear customer ${n},</p><p>please pay.</p>`,
    language: 'en',
    languageNote: null,
    attachments: [],
    ...overrides,
  };
}
const drafts = (count: number) => Array.from({ length: count }, (_, i) => draft(i + 1));

let server: GraphServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setUp(script: Partial<GraphServerOptions> = {}, config: Partial<GraphDraftsConfig> = {}) {
  server = await startGraphServer({ tokens: [TOKEN], ...script });
  const waits: number[] = [];
  const scopes: string[][] = [];
  const tokenOptions: Array<TokenRequestOptions | undefined> = [];
  const tokenProvider: TokenProvider = {
    getToken: async (requested, options) => {
      scopes.push(requested);
      tokenOptions.push(options);
      return config.tokenProvider ? config.tokenProvider.getToken(requested, options) : TOKEN;
    },
  };
  const client = graphDrafts({
    fetch,
    baseUrl: server.baseUrl,
    // Records Retry-After waits without spending them, so tests stay fast over real HTTP.
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...config,
    tokenProvider,
  });
  return { client, waits, scopes, tokenOptions, server };
}

/** Fails if a token (the first or the fresh one) shows up anywhere in a value (result, error, message). */
function expectNoToken(value: unknown) {
  const seen = JSON.stringify(value, (_, v) => (v instanceof Error ? { ...v, message: v.message, stack: v.stack } : v));
  expect(seen).not.toContain(TOKEN);
  expect(seen).not.toContain(FRESH);
  expect(seen).not.toContain('access-token-for-tests');
}

/** Subjects the server stored, sorted, to see that each draft was created exactly once. */
const storedSubjects = (graph: GraphServer) => [...graph.messages.values()].map((m: { subject: string }) => m.subject).sort();
const subjectsOf = (input: Draft[]) => input.map((d) => d.subject).sort();

describe('graphDrafts over real HTTP', () => {
  it('creates 45 drafts in 3 batches of at most 20, each with the bearer token and the message fields', async () => {
    const { client, scopes, server, waits } = await setUp();
    const input = drafts(45);
    const result = await client.create(input);

    expect(result.failed).toEqual([]);
    expect(result.created.map((c) => c.actionId)).toEqual(input.map((d) => d.actionId));
    expect(new Set(result.created.map((c) => c.id)).size).toBe(45);
    expect(result.created.every((c) => c.webLink?.startsWith('https://outlook.office365.com/'))).toBe(true);
    expect(scopes).toEqual([['Mail.ReadWrite']]);
    expect(waits).toEqual([]);

    expect(server.batches.map((b) => b.requests.length)).toEqual([20, 20, 5]);
    for (const batch of server.batches) {
      expect(batch.method).toBe('POST');
      expect(batch.path).toBe('/v1.0/$batch');
      expect(batch.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(batch.headers['content-type']).toBe('application/json');
      expect(new Set(batch.requests.map((r) => r.id)).size).toBe(batch.requests.length);
      for (const r of batch.requests) expect(r).toMatchObject({ method: 'POST', url: '/me/messages', headers: { 'Content-Type': 'application/json' } });
    }
    const first = server.batches[0].requests[0].body;
    expect(first).toEqual({
      subject: 'Invoice 1001 is overdue',
      body: { contentType: 'HTML', content: '<p>Dear customer 1,</p><p>please pay.</p>' },
      toRecipients: [{ emailAddress: { address: 'ap1@customer.example', name: 'Customer 1' } }],
      ccRecipients: [],
      replyTo: [{ emailAddress: { address: 'collections@dunning.example', name: 'Collections' } }],
    });
    expect(server.batches[0].requests[1].body.ccRecipients).toEqual([{ emailAddress: { address: 'manager@dunning.example' } }]);
    // Each created id is the message Graph stored for that very draft.
    for (const [i, c] of result.created.entries()) expect(server.messages.get(c.id).subject).toBe(input[i].subject);
    expectNoToken(result);
  });

  it('sends attachments as base64 file attachments', async () => {
    const { client, server } = await setUp();
    const csv = '\uFEFFСчёт;Сумма\r\n1043;"1 234,56"\r\n';
    await client.create([draft(1, { attachments: [{ filename: 'Выписка.csv', contentType: 'text/csv', content: csv }] })]);
    const [attachment] = server.batches[0].requests[0].body.attachments;
    expect(attachment).toMatchObject({ '@odata.type': '#microsoft.graph.fileAttachment', name: 'Выписка.csv', contentType: 'text/csv' });
    expect(Buffer.from(attachment.contentBytes, 'base64').toString('utf8')).toBe(csv);
  });

  it('retries only the sub-requests Graph throttled, after their Retry-After', async () => {
    const throttledSubjects = new Set(['Invoice 1003 is overdue', 'Invoice 1017 is overdue', 'Invoice 1022 is overdue']);
    const { client, server, waits } = await setUp({
      subRequest: (request, attempt) => (attempt === 1 && throttledSubjects.has(request.body.subject) ? throttled('1') : undefined),
    });
    const result = await client.create(drafts(25));

    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(25);
    expect(new Set(result.created.map((c) => c.actionId)).size).toBe(25);
    expect(server.batches.map((b) => b.requests.map((r) => r.body.subject))).toEqual([
      expect.any(Array),
      ['Invoice 1003 is overdue', 'Invoice 1017 is overdue'],
      expect.any(Array),
      ['Invoice 1022 is overdue'],
    ]);
    expect(server.batches.map((b) => b.requests.length)).toEqual([20, 2, 5, 1]);
    expect(waits).toEqual([1000, 1000]);
    expect(server.messages.size).toBe(25); // no duplicates
  });

  it('waits out a throttled batch (429, then 503 without Retry-After) and sends it again', async () => {
    const { client, server, waits } = await setUp({
      batch: (n) =>
        n === 1 ? throttled('2') : n === 2 ? graphError(503, 'ServiceUnavailable', 'Service Unavailable') : undefined,
    });
    const result = await client.create(drafts(3));
    expect(result.created).toHaveLength(3);
    expect(server.batches).toHaveLength(3);
    // 2 s as Graph asked; then our own backoff (2 s on the second attempt) where Graph gave none.
    expect(waits).toEqual([2000, 2000]);
  });

  it('gives up on drafts still throttled after the last attempt, reporting each', async () => {
    const { client, server, waits } = await setUp(
      { subRequest: (request) => (request.body.subject === 'Invoice 1002 is overdue' ? throttled('1') : undefined) },
      { maxAttempts: 3 },
    );
    const result = await client.create(drafts(3));
    expect(result.created.map((c) => c.actionId)).toEqual([draft(1).actionId, draft(3).actionId]);
    expect(result.failed).toEqual([
      { actionId: draft(2).actionId, status: 429, code: 'throttled', message: expect.stringMatching(/busy \(429\).*after 3 tries/) },
    ]);
    expect(server.batches).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('does not wait longer than allowed: a long Retry-After is reported instead', async () => {
    const { client, waits } = await setUp({ batch: () => throttled('3600') }, { maxWaitSeconds: 60 });
    const result = await client.create(drafts(2));
    expect(waits).toEqual([]);
    expect(result.failed.map((f) => f.message)).toEqual([
      expect.stringContaining('asked to wait 3600 seconds'),
      expect.stringContaining('asked to wait 3600 seconds'),
    ]);
  });

  it('reports a partial batch per draft: which were created with which id, which failed and why', async () => {
    const { client, server } = await setUp({
      subRequest: (request) =>
        request.body.subject === 'Invoice 1002 is overdue'
          ? graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is not valid.')
          : request.body.subject === 'Invoice 1004 is overdue'
            ? graphError(500, 'InternalServerError', 'An internal server error occurred.')
            : undefined,
    });
    const result = await client.create(drafts(5));
    expect(result.created.map((c) => [c.actionId, server.messages.get(c.id).subject])).toEqual([
      [draft(1).actionId, 'Invoice 1001 is overdue'],
      [draft(3).actionId, 'Invoice 1003 is overdue'],
      [draft(5).actionId, 'Invoice 1005 is overdue'],
    ]);
    expect(result.failed).toEqual([
      {
        actionId: draft(2).actionId,
        status: 400,
        code: 'ErrorInvalidRecipients',
        message: 'Outlook refused this draft (400 ErrorInvalidRecipients): At least one recipient is not valid., Recipient is not valid..',
      },
      { actionId: draft(4).actionId, status: 500, code: 'InternalServerError', message: expect.stringContaining('(500 InternalServerError)') },
    ]);
    expect(server.batches).toHaveLength(1); // a 400 or 500 on a POST is never retried: it could duplicate the draft
  });

  it('checks addresses before sending: a bad one fails that draft only', async () => {
    const { client, server } = await setUp();
    const result = await client.create([draft(1), draft(2, { to: ['ap2 at customer'] }), draft(3)]);
    expect(result.created).toHaveLength(2);
    expect(result.failed).toEqual([{ actionId: draft(2).actionId, status: null, code: 'invalid-draft', message: expect.stringMatching(/^To: "ap2 at customer" is not a usable email address/) }]);
    expect(server.batches[0].requests).toHaveLength(2);
  });

  it('turns a 401 that a fresh token does not cure into a typed error that says to sign in again, without the token', async () => {
    const { client, tokenOptions, server } = await setUp({}, { tokenProvider: { getToken: async () => 'expired-token-value-1234567890' } });
    const error = await client.create(drafts(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAccessError);
    const access = error as GraphAccessError;
    expect(access.code).toBe('graph-sign-in-again');
    expect(access.message).toMatch(/401 InvalidAuthenticationToken.*Sign in again/);
    expect(access.message).toContain('No draft was created');
    expect(access.created).toEqual([]);
    expect(access.notCreated).toEqual(drafts(3).map((d) => d.actionId));
    expect(access.message).not.toContain('expired-token-value');
    expect(JSON.stringify(access)).not.toContain('expired-token-value');
    expect(tokenOptions).toEqual([undefined, FORCED]);
    expect(server.batches).toHaveLength(2);
  });

  it('keeps what was created when a later batch gets 401 even with a fresh token, so nothing is created twice', async () => {
    const { client, tokenOptions, server } = await setUp({ batch: (n) => (n >= 2 ? refusedToken('Access token has expired or is not yet valid.') : undefined) });
    const error = (await client.create(drafts(30)).catch((e: unknown) => e)) as GraphAccessError;
    expect(error.code).toBe('graph-sign-in-again');
    expect(error.created.map((c) => c.actionId)).toEqual(drafts(20).map((d) => d.actionId));
    expect(error.notCreated).toEqual(drafts(30).slice(20).map((d) => d.actionId));
    expect(error.message).toContain('20 drafts were created before this');
    // The refused batch went once more, with a fresh token, and nothing was sent after that.
    expect(server.batches.map((b) => b.requests.length)).toEqual([20, 10, 10]);
    expect(tokenOptions).toEqual([undefined, FORCED]);
    expect(storedSubjects(server)).toEqual(subjectsOf(drafts(20)));
    expectNoToken(error);
  });

  it('after a 401 gets one fresh token and sends the refused batch again with it: each draft created once', async () => {
    // The token is revoked after the first batch: Graph refuses it from then on, but not the fresh one.
    const { client, tokenOptions, server } = await setUp(
      { tokens: [TOKEN, FRESH], batch: (n, received) => (n >= 2 && received.headers.authorization === `Bearer ${TOKEN}` ? refusedToken() : undefined) },
      { tokenProvider: refreshingProvider },
    );
    const input = drafts(45);
    const result = await client.create(input);

    expect(result.failed).toEqual([]);
    expect(result.created.map((c) => c.actionId)).toEqual(input.map((d) => d.actionId));
    expect(storedSubjects(server)).toEqual(subjectsOf(input));
    expect(server.batches.map((b) => [b.requests.length, b.headers.authorization])).toEqual([
      [20, `Bearer ${TOKEN}`],
      [20, `Bearer ${TOKEN}`],
      [20, `Bearer ${FRESH}`],
      [5, `Bearer ${FRESH}`],
    ]);
    expect(tokenOptions).toEqual([undefined, FORCED]);
    expectNoToken(result);
  });

  it('resends with the fresh token only the drafts refused with 401 inside a batch', async () => {
    const refusedSubjects = new Set(['Invoice 1002 is overdue', 'Invoice 1007 is overdue', 'Invoice 1023 is overdue']);
    const { client, tokenOptions, server, waits } = await setUp(
      {
        tokens: [TOKEN, FRESH],
        subRequest: (request, _attempt, batch) =>
          batch.headers.authorization === `Bearer ${TOKEN}` && refusedSubjects.has(request.body.subject) ? refusedToken() : undefined,
      },
      { tokenProvider: refreshingProvider },
    );
    const input = drafts(25);
    const result = await client.create(input);

    expect(result.failed).toEqual([]);
    expect(result.created.map((c) => c.actionId).sort()).toEqual(input.map((d) => d.actionId).sort());
    expect(storedSubjects(server)).toEqual(subjectsOf(input));
    expect(server.batches.map((b) => [b.headers.authorization, b.requests.map((r) => r.body.subject)])).toEqual([
      [`Bearer ${TOKEN}`, input.slice(0, 20).map((d) => d.subject)],
      [`Bearer ${FRESH}`, ['Invoice 1002 is overdue', 'Invoice 1007 is overdue']],
      [`Bearer ${FRESH}`, input.slice(20).map((d) => d.subject)],
    ]);
    expect(tokenOptions).toEqual([undefined, FORCED]);
    expect(waits).toEqual([]);
  });

  it('stops with "sign in again" when the fresh token is refused inside a batch too, creating nothing twice', async () => {
    const { client, tokenOptions, server } = await setUp(
      {
        tokens: [TOKEN, FRESH],
        // Graph echoing the token it refused must not put it in the error.
        subRequest: (request, _attempt, batch) =>
          request.body.subject === 'Invoice 1002 is overdue' || request.body.subject === 'Invoice 1004 is overdue'
            ? refusedToken(`Refused ${batch.headers.authorization}`)
            : undefined,
      },
      { tokenProvider: refreshingProvider },
    );
    const error = (await client.create(drafts(5)).catch((e: unknown) => e)) as GraphAccessError;
    expect(error).toBeInstanceOf(GraphAccessError);
    expect(error.code).toBe('graph-sign-in-again');
    expect(error.message).toMatch(/401 InvalidAuthenticationToken.*Sign in again.*3 drafts were created before this/);
    expect(error.created.map((c) => c.actionId)).toEqual([draft(1), draft(3), draft(5)].map((d) => d.actionId));
    expect(error.notCreated).toEqual([draft(2), draft(4)].map((d) => d.actionId));
    expect(server.batches.map((b) => [b.headers.authorization, b.requests.length])).toEqual([
      [`Bearer ${TOKEN}`, 5],
      [`Bearer ${FRESH}`, 2],
    ]);
    expect(tokenOptions).toEqual([undefined, FORCED]);
    expect(storedSubjects(server)).toEqual(subjectsOf([draft(1), draft(3), draft(5)]));
    expectNoToken(error);
  });

  it('resends the drafts refused with 401 even when the throttled ones in that batch are given up', async () => {
    const { client, server, waits } = await setUp(
      {
        tokens: [TOKEN, FRESH],
        subRequest: (request, _attempt, batch) =>
          request.body.subject === 'Invoice 1003 is overdue'
            ? throttled('1')
            : request.body.subject === 'Invoice 1002 is overdue' && batch.headers.authorization === `Bearer ${TOKEN}`
              ? refusedToken()
              : undefined,
      },
      { tokenProvider: refreshingProvider, maxAttempts: 1 },
    );
    const result = await client.create(drafts(3));
    expect(result.created.map((c) => c.actionId)).toEqual([draft(1), draft(2)].map((d) => d.actionId));
    expect(result.failed).toEqual([{ actionId: draft(3).actionId, status: 429, code: 'throttled', message: expect.stringContaining('after 1 tries') }]);
    expect(server.batches.map((b) => b.requests.map((r) => r.body.subject))).toEqual([expect.any(Array), ['Invoice 1002 is overdue']]);
    expect(waits).toEqual([]);
  });

  it('turns a 403 into a typed error: the administrator must grant Mail.ReadWrite', async () => {
    const { client, tokenOptions, server } = await setUp({ subRequest: () => graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.') });
    const error = (await client.create(drafts(2)).catch((e: unknown) => e)) as GraphAccessError;
    expect(error).toBeInstanceOf(GraphAccessError);
    expect(error.code).toBe('graph-permission');
    expect(error.message).toMatch(/403 ErrorAccessDenied.*administrator must grant Dunning Desk the Mail\.ReadWrite permission/);
    expect(error.notCreated).toHaveLength(2);
    // A fresh token cannot grant consent: nothing is asked for or sent again.
    expect(tokenOptions).toEqual([undefined]);
    expect(server.batches).toHaveLength(1);
  });

  it('scrubs the token from anything Graph sends back', async () => {
    const { client } = await setUp({
      subRequest: (request) => graphError(400, 'BadRequest', `Rejected request ${request.id} with header Authorization: Bearer ${TOKEN}`),
    });
    const result = await client.create(drafts(2));
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0].message).toContain('Bearer [redacted]');
    expectNoToken(result);
  });

  it('scrubs both the refused and the fresh token from what Graph sends back after a 401', async () => {
    const { client } = await setUp(
      {
        tokens: [TOKEN, FRESH],
        batch: (n) => (n === 1 ? refusedToken() : undefined),
        subRequest: (_request, _attempt, batch) => graphError(400, 'BadRequest', `Rejected ${batch.headers.authorization}, not Bearer ${TOKEN}`),
      },
      { tokenProvider: refreshingProvider },
    );
    const result = await client.create(drafts(2));
    expect(result.failed.map((f) => f.message)).toEqual([
      expect.stringContaining('Rejected Bearer [redacted], not Bearer [redacted]'),
      expect.stringContaining('Rejected Bearer [redacted], not Bearer [redacted]'),
    ]);
    expectNoToken(result);
  });

  it('reports each draft when the answer is not a batch answer', async () => {
    const { client } = await setUp({ batch: () => ({ status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html>Bad gateway</html>' }) });
    const result = await client.create(drafts(2));
    expect(result.failed.map((f) => [f.status, f.code])).toEqual([
      [502, 'unexpected-answer'],
      [502, 'unexpected-answer'],
    ]);
    expect(result.failed[0].message).toMatch(/Look in your Drafts folder/);
  });

  it('reports each draft when the connection fails, warning it may exist', async () => {
    const { client } = await setUp();
    await server!.close();
    server = null;
    const result = await client.create(drafts(2));
    expect(result.failed.map((f) => f.code)).toEqual(['network', 'network']);
    expect(result.failed[0].message).toMatch(/may have been created/);
  });

  it('asks for no token when there is nothing to send', async () => {
    const { client, scopes, server } = await setUp();
    expect(await client.create([draft(1, { cc: ['nope'] })])).toMatchObject({ created: [], failed: [{ code: 'invalid-draft' }] });
    expect(scopes).toEqual([]);
    expect(server.batches).toEqual([]);
  });

  it('refuses to send a token over plain http to anything but loopback', () => {
    const tokenProvider = { getToken: async () => TOKEN };
    expect(() => graphDrafts({ fetch, tokenProvider, baseUrl: 'http://graph.example/v1.0' })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => graphDrafts({ fetch, tokenProvider })).not.toThrow();
  });
});
