/**
 * Password redaction for every string pgmi prints about a connection (upstream
 * `redactPasswords`): keyword form `password=…` (also `sslpassword`, quoted values, spaces
 * around `=`), and the URI form `scheme://user:secret@` up to the LAST `@` of the token, so an
 * `@` inside a password, a JWT or a presigned URL cannot leak its tail.
 */
const KEYWORD = /password\s*=\s*(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|[^\s&;'"]*)/gi;
const URI = /([a-z][a-z0-9+.-]*:\/\/)([^\s:/@]*):(\S*)@/gi;

/** Extra literal secrets registered at run time (minted tokens, secret params). */
const registered = new Set<string>();
/** `registered`, longest first, so a secret containing a shorter one is replaced whole. */
let ordered: string[] | undefined;

/** Register a literal value that must never be printed (tokens, secret parameters). */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 3) {
    registered.add(value);
    const enc = encodeURIComponent(value);
    if (enc !== value) registered.add(enc);
    ordered = undefined;
  }
}

export function redact(text: string): string {
  let out = text.replace(KEYWORD, () => 'password=[redacted]');
  out = out.replace(URI, (_m, scheme: string, user: string) => `${scheme}${user}:[redacted]@`);
  return redactRegistered(out);
}

/**
 * Only the registered literals (secret parameters, tokens): for text pgmi passes through as the
 * user wrote it, such as deploy.sql's notices, where `password=` may be ordinary data.
 */
export function redactRegistered(text: string): string {
  ordered ??= [...registered].sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of ordered) if (out.includes(s)) out = out.split(s).join('[redacted]');
  return out;
}
