// The explorer talks only to /graphql (GraphQL over HTTP, POST JSON).

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** A request that failed: the network, the HTTP status or the GraphQL errors, worded for the reader. */
export class ApiError extends Error {
  constructor(message: string, readonly errors: GraphQLErrorEntry[] = []) {
    super(message);
    this.name = 'ApiError';
  }
}

const endpoint = new URL('/graphql', window.location.origin).toString();

// The graph is read-only from this page; identical queries in one visit share one answer
// so filters and back/forward do not refetch.
const cache = new Map<string, Promise<unknown>>();

export function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = JSON.stringify([text, variables]);
  const hit = cache.get(key);
  if (hit !== undefined) return hit as Promise<T>;
  const pending = send<T>(text, variables);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

async function send<T>(text: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch {
    throw new ApiError('无法连接到服务器（/graphql）。请检查网络后重试。');
  }
  let body: { data?: T | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`服务器返回了无法解析的答复（HTTP ${response.status}）。`);
  }
  const errors = body?.errors ?? [];
  if (errors.length > 0 && (body?.data === null || body?.data === undefined)) {
    throw new ApiError(`查询失败：${errors.map((e) => e.message).join('；')}`, errors);
  }
  if (!response.ok && (body?.data === null || body?.data === undefined)) {
    throw new ApiError(`服务器错误（HTTP ${response.status}）。`);
  }
  if (errors.length > 0) {
    // Partial answers are still shown; the errors go to the console for developers.
    console.warn('GraphQL partial errors', errors);
  }
  return body?.data as T;
}
