/**
 * JSON over Node's fetch for the GitLab and Azure DevOps REST APIs (no client library of
 * either is a dependency, and each needs three calls). Every call has a deadline; errors are
 * `ReviewPostError` with the status and the API's message, never the request's headers.
 */
import { REQUEST_TIMEOUT_MS, ReviewPostError, networkReason } from './errors';

export interface JsonResponse<T> {
  data: T;
  headers: Headers;
}

export async function fetchJson<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<JsonResponse<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (err) {
    throw new ReviewPostError(`${method} ${new URL(url).origin}: ${networkReason(err)}`, {
      cause: err,
    });
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    let message = text.slice(0, 300);
    try {
      const j = JSON.parse(text) as { message?: unknown; error?: unknown };
      const m = j.message ?? j.error;
      if (m !== undefined) message = typeof m === 'string' ? m : JSON.stringify(m);
    } catch {
      /* not JSON: keep the text */
    }
    throw new ReviewPostError(`HTTP ${res.status}${message ? `: ${message.trim()}` : ''}`, {
      status: res.status,
    });
  }
  try {
    return { data: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  } catch (err) {
    throw new ReviewPostError(`HTTP ${res.status}: the answer is not JSON`, { cause: err });
  }
}
