/**
 * Every secret among the inputs, found before anything is printed, so the runner masks it
 * (`core.setSecret`) and pgmi's own redaction replaces it in every message it renders
 * (`registerSecret`). A connection string's password is registered in each spelling it can
 * appear in: as written (percent-encoded or quoted), decoded, and URL-encoded.
 */
import { parseConnectionString } from '../connect/connection-string';
import { goTrimSpace } from '../engine/project/go-text';
import { inputLines, isPemContent, type ActionInputs } from './inputs';

export { createMasker, type Masker } from '../inputs/secrets';

const QUERY_PASSWORD = /[?&](?:ssl)?password=([^&#]*)/gi;
// Greedy to the last `@`, as pgmi's redaction reads it: also catches a raw `/` or `@` inside.
const USERINFO_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:(\S*)@/i;
// ADO.NET (`;`-separated, values may hold spaces) and the libpq keyword form (space-separated).
const KEYWORD_PASSWORD =
  /(?:^|[;\s])(?:ssl\s*)?password\s*=\s*('(?:[^']|'')*'|"(?:[^"]|"")*"|[^;]*)/gi;

/**
 * Password and key passphrase of a connection string, parsed, and also as written: a string
 * that does not parse is still searched, since its error path must not print it either.
 */
export function connectionStringSecrets(text: string): string[] {
  const found: string[] = [];
  try {
    const parsed = parseConnectionString(text);
    if (parsed.password) found.push(parsed.password);
    if (parsed.sslpassword) found.push(parsed.sslpassword);
  } catch {
    // Unparsable: the raw scan below still finds what looks like a password.
  }
  const scheme = text.indexOf('://');
  if (scheme >= 0) {
    const rest = text.slice(scheme + 3);
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    // The userinfo ends at the authority's last `@` (WHATWG URL and libpq agree).
    const at = authority.lastIndexOf('@');
    const colon = at < 0 ? -1 : authority.indexOf(':');
    if (colon >= 0 && colon < at) found.push(authority.slice(colon + 1, at));
    const greedy = USERINFO_PASSWORD.exec(text.trim());
    if (greedy) found.push(greedy[1]);
    for (const m of text.matchAll(QUERY_PASSWORD)) found.push(m[1]);
  } else {
    for (const m of text.matchAll(KEYWORD_PASSWORD)) {
      const raw = m[1].trim();
      const q = raw[0];
      if ((q === "'" || q === '"') && raw.endsWith(q) && raw.length >= 2) {
        const inner = raw.slice(1, -1);
        found.push(raw, inner, inner.split(q + q).join(q));
      } else {
        found.push(raw, raw.split(/\s/)[0]);
      }
    }
  }
  return found.filter((s) => s !== '');
}

/** Each line of a PEM private key's body (the runner masks line by line). */
export function pemKeySecrets(pem: string): string[] {
  return inputLines(pem).filter((l) => !l.startsWith('-----'));
}

/** `key=value` lines of `secret-params`: the values. */
function secretParamValues(value: string): string[] {
  return inputLines(value)
    .flatMap((l) => {
      const v = l.includes('=') ? l.slice(l.indexOf('=') + 1) : l;
      return [v, goTrimSpace(v)];
    })
    .filter((v) => v !== '');
}

/** Every secret in the inputs, before any of them is validated or used. */
export function inputSecrets(inputs: ActionInputs): string[] {
  const out: string[] = [];
  if (inputs.password) out.push(inputs.password);
  if (inputs['connection-string'])
    out.push(...connectionStringSecrets(inputs['connection-string']));
  out.push(...secretParamValues(inputs['secret-params']));
  const token = inputs['github-token'];
  if (token && !token.startsWith('${{')) out.push(token);
  const key = inputs['ssl-key'];
  if (key && isPemContent(key)) out.push(key, ...pemKeySecrets(key));
  // A target list may hold connection strings with passwords.
  for (const line of inputs.targets.split(/\r?\n/)) {
    if (/^\s*postgres(ql)?:\/\//i.test(line) || (line.includes('=') && line.includes(';'))) {
      out.push(...connectionStringSecrets(line.trim()));
    }
  }
  return out;
}
