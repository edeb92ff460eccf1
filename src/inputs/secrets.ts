/**
 * Secrets given to a front door (passwords, secret parameters, minted tokens) are registered
 * with pgmi's redaction in every spelling they can be printed in, before anything is printed.
 * Shared by the Action (which also hands each spelling to the runner's masking), the CLI and the
 * MCP server.
 */
import { redactRegistered, registerSecret } from '../engine/redact';

export type Masker = (secret: string | undefined) => void;

/** One masking function for inputs, minted tokens and anything else secret. */
export function createMasker(setSecret: (value: string) => void = () => undefined): Masker {
  const seen = new Set<string>();
  return (secret) => {
    if (!secret || secret.trim() === '') return;
    for (const form of spellings(secret)) {
      if (seen.has(form)) continue;
      seen.add(form);
      setSecret(form);
      registerSecret(form);
    }
  };
}

/**
 * The value, its URL-encoded form and (when it is valid percent-encoding) its decoded form.
 * Multi-line values (a whole PEM key) are masked as they are; their lines are masked one by one.
 */
function spellings(value: string): string[] {
  if (/[\r\n]/.test(value)) return [value];
  const out = new Set([value, encodeURIComponent(value)]);
  try {
    out.add(decodeURIComponent(value));
  } catch {
    // Not percent-encoded: nothing more to add.
  }
  return [...out].filter((s) => s.trim() !== '');
}

/**
 * An event with the registered secrets replaced in every text field: deploy.sql may RAISE a
 * secret parameter in a notice, and a progress line may quote user input.
 */
export function redactEvent<E extends object>(event: E): E {
  let out: E | undefined;
  for (const [key, value] of Object.entries(event)) {
    if (typeof value !== 'string') continue;
    const clean = redactRegistered(value);
    if (clean !== value) {
      out ??= { ...event };
      (out as Record<string, unknown>)[key] = clean;
    }
  }
  return out ?? event;
}
