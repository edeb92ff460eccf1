/**
 * Cloud IAM tokens, minted once per host, user and identity and reused while valid. A fleet opens
 * one connection per target (and `--parallel` of them at the same moment); without this each
 * connection asked the identity service for a token of its own. Concurrent requests for the same
 * key share one mint (single flight); a token is reused until `REUSE_MARGIN_MS` before it expires
 * (it only has to be valid when the server checks it, at login), then a new one is minted.
 *
 * The SDKs' own caches do not cover this: MSAL's is not single-flight (four connections opened at
 * once make four token requests), and the RDS signer signs anew on every call.
 */
import { createHash } from 'node:crypto';

export interface MintedToken {
  token: string;
  /** Epoch milliseconds after which the token is no longer accepted. */
  expiresAt: number;
}

/** A token is not handed out once it has less than this left. */
export const REUSE_MARGIN_MS = 60_000;

interface Entry {
  token?: MintedToken;
  pending?: Promise<MintedToken>;
}

export class TokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly marginMs = REUSE_MARGIN_MS,
  ) {}

  /** The cached token for `key` while it is valid; else the one `mint` returns (once for all callers). */
  async get(key: string, mint: () => Promise<MintedToken>): Promise<string> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {};
      this.entries.set(key, entry);
    }
    if (entry.token && entry.token.expiresAt - this.now() > this.marginMs) return entry.token.token;
    let pending = entry.pending;
    if (!pending) {
      const e = entry;
      pending = e.pending = mint().then(
        (minted) => {
          e.token = minted;
          e.pending = undefined;
          return minted;
        },
        (err: unknown) => {
          // A failure is not cached: the next connection asks again.
          e.pending = undefined;
          throw err;
        },
      );
    }
    return (await pending).token;
  }

  /** Forgets every token (tests; a long-running process whose credentials changed). */
  clear(): void {
    this.entries.clear();
  }
}

/** The key for one identity on one server; secrets in it are hashed, never kept as text. */
export function tokenKey(parts: Array<string | number | undefined>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** One cache for the whole process: every provider for the same host, user and identity shares it. */
export const sharedTokenCache = new TokenCache();
