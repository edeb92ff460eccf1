/**
 * `pgmi serve`: the MCP server over stdio. Stdout carries only JSON-RPC messages, one per line,
 * written by the SDK's transport; everything else (deploy progress and notices, warnings) goes
 * to stderr. End of input finishes the requests in flight and exits 0; SIGINT/SIGTERM cancel a
 * running deploy (rolling back its open transaction) and exit 130/143.
 */
import { createInterface } from 'node:readline';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import {
  JSONRPCMessageSchema,
  isJSONRPCNotification,
  isJSONRPCRequest,
  type JSONRPCMessage,
} from '@modelcontextprotocol/sdk/types.js';
import { InterruptedError, formatError, messageOf } from '../engine/errors';
import { redact } from '../engine/redact';
import { createPgmiServer } from './server';

export interface ServeIo {
  env: Record<string, string | undefined>;
  stderr: (s: string) => void;
  stdin?: Readable;
  stdout?: Writable;
}

/** Library output meant for a terminal must never reach the protocol stream. */
function keepConsoleOffStdout(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
}

/** Request ids awaiting a response, so end of input can wait for them. */
class InFlight {
  private readonly ids = new Set<string>();
  onIdle?: () => void;
  get size(): number {
    return this.ids.size;
  }
  /** Notes a request (or a cancellation) from a raw input line, as the SDK will parse it. */
  observe(line: string): void {
    let parsed: JSONRPCMessage;
    try {
      parsed = JSONRPCMessageSchema.parse(JSON.parse(line));
    } catch {
      return; // answered by the transport's error path, with id null
    }
    if (isJSONRPCRequest(parsed)) this.ids.add(JSON.stringify(parsed.id));
    // A cancelled request gets no response.
    if (isJSONRPCNotification(parsed) && parsed.method === 'notifications/cancelled') {
      const id = (parsed.params as { requestId?: unknown } | undefined)?.requestId;
      if (id !== undefined) this.done(id);
    }
  }
  done(id: unknown): void {
    this.ids.delete(JSON.stringify(id));
    if (this.ids.size === 0) this.onIdle?.();
  }
}

/** The SDK's transport, answering unparsable lines and counting responses. */
class ServeTransport extends StdioServerTransport {
  constructor(
    input: Readable,
    output: Writable,
    private readonly inflight: InFlight,
  ) {
    super(input, output);
  }

  override async send(message: JSONRPCMessage): Promise<void> {
    await super.send(message);
    if ('id' in message && ('result' in message || 'error' in message)) {
      this.inflight.done(message.id);
    }
  }
}

export async function serveStdio(io: ServeIo): Promise<number> {
  const stdin = io.stdin ?? process.stdin;
  const stdout = io.stdout ?? process.stdout;
  keepConsoleOffStdout();
  const interrupt = new AbortController();
  const server = createPgmiServer({ env: io.env, stderr: io.stderr, signal: interrupt.signal });
  const inflight = new InFlight();
  const lines = new PassThrough();
  const transport = new ServeTransport(lines, stdout, inflight);

  // Set before connect: the SDK chains its own handler after this one. An unparsable line is
  // answered with a JSON-RPC error (id null) and the session continues with the next line.
  transport.onerror = (err: unknown) => {
    const parse = err instanceof SyntaxError;
    const invalid = !parse && (err as { name?: string } | null)?.name === 'ZodError';
    if (parse || invalid) {
      void transport
        .send({
          jsonrpc: '2.0',
          id: null,
          error: {
            code: parse ? -32700 : -32600,
            message: parse ? `parse error: ${messageOf(err)}` : 'invalid request',
          },
        } as unknown as JSONRPCMessage)
        .catch(() => undefined);
    } else {
      io.stderr(`pgmi: serve: ${redact(messageOf(err))}\n`);
    }
  };
  await server.connect(transport);

  return new Promise<number>((resolve) => {
    let ended = false;
    let finished = false;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      rl.close();
      void server.close().finally(() => resolve(code));
    };
    inflight.onIdle = () => {
      if (ended) finish(0);
    };
    const onSignal = (sig: 'SIGINT' | 'SIGTERM') => {
      const reason = new InterruptedError(sig);
      interrupt.abort(reason);
      io.stderr(`pgmi: error: ${formatError(reason)}\n`);
      // Give a running deploy a moment to roll back, then stop whatever is left.
      const code = reason.exitCode;
      if (inflight.size === 0) finish(code);
      else {
        inflight.onIdle = () => finish(code);
        setTimeout(() => finish(code), 10000).unref();
      }
      if (stdin === process.stdin) process.stdin.destroy();
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);

    // readline also delivers a last line that has no newline; blank lines are skipped.
    const rl = createInterface({ input: stdin, crlfDelay: Infinity });
    rl.on('line', (line) => {
      if (line.trim() === '') return;
      inflight.observe(line);
      lines.write(line + '\n');
    });
    rl.on('close', () => {
      ended = true;
      // Let the transport read what was just written before deciding nothing is in flight.
      setImmediate(() => {
        if (inflight.size === 0) finish(0);
      });
    });
  });
}
