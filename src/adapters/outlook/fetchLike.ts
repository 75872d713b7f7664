/**
 * The little of `fetch` the Graph client uses. Declared here because this adapter compiles
 * without DOM or Node types; the browser's and Node 20's global `fetch` both satisfy it, and
 * tests can pass anything that does.
 */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<FetchResponseLike>;
