/**
 * Runs in a child process (through ts-register.mjs): resolves a connection from the child's own
 * environment, connects, and prints one JSON line describing the outcome. Used where the
 * behaviour depends on process-level state (NODE_EXTRA_CA_CERTS, the SDKs' own environment
 * variables) or on what a fresh process loads.
 */
import { resolveConnection, type ConnectionInput } from '../../src/connect/resolve';
import { errorChain, exitCodeFor, formatError } from '../../src/engine/errors';

interface ChildSpec {
  input: ConnectionInput;
  database?: string;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.env.PGMI_CHILD_SPEC ?? '{}') as ChildSpec;
  const secrets: string[] = [];
  const warnings: string[] = [];
  const out: Record<string, unknown> = { secrets, warnings };
  try {
    const r = resolveConnection(spec.input, {
      env: process.env,
      onSecret: (s) => secrets.push(s),
      onWarning: (w) => warnings.push(w),
    });
    out.summary = r.summary;
    const { client, server } = await r.provider.connect({ database: spec.database ?? r.database });
    const row = (
      await client.query(
        'SELECT current_user AS "user", (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl',
      )
    ).rows[0];
    await client.end();
    await r.provider.dispose();
    Object.assign(out, { ok: true, server, row });
  } catch (e) {
    Object.assign(out, {
      ok: false,
      exitCode: exitCodeFor(e),
      chain: errorChain(e).map((x) => String((x as Error)?.message ?? x)),
      formatted: formatError(e),
    });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

await main();
