/**
 * System tools some tests drive for real (pgbouncer, podman, terraform, openssl, util-linux
 * `script`). Node and npm are all `npm test` needs: where a tool is not on PATH, the tests that
 * need it are reported as skipped with the reason — never as passed. `.ci/run` installs the tools
 * and lists them in PGMI_REQUIRE_TOOLS (comma-separated), which turns each skip into a failure.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export type Tool = 'pgbouncer' | 'podman' | 'terraform' | 'openssl' | 'script' | 'rsync';

const INSTALL: Record<Tool, string> = {
  pgbouncer: 'apt-get install pgbouncer',
  podman: 'apt-get install podman',
  terraform: 'https://developer.hashicorp.com/terraform/install',
  openssl: 'apt-get install openssl',
  script: 'apt-get install bsdutils (util-linux)',
  rsync: 'apt-get install rsync (gitlab-ci-local copies the checkout with it)',
};

/** The tool's path on PATH (as a shell would find it), or undefined. */
export function whichTool(name: string, pathVar = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      if (!statSync(p).isFile()) continue;
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Tools PGMI_REQUIRE_TOOLS makes mandatory. */
export function requiredTools(env = process.env): Tool[] {
  return (env.PGMI_REQUIRE_TOOLS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as Tool[];
}

export interface ToolGate {
  /** Missing tools, with how to get them; empty when every tool is there. */
  missing: string[];
  /** `describe` when the tools are there; otherwise its tests are skipped, or fail if required. */
  describe(name: string, fn: () => void): void;
  /** `it` when the tools are there; otherwise skipped, or a failure if required. */
  it(name: string, fn: () => Promise<unknown> | void, timeout?: number): void;
  /** File-level hooks that only run when the tools are there. */
  beforeAll(fn: () => Promise<unknown> | void, timeout?: number): void;
  afterAll(fn: () => Promise<unknown> | void, timeout?: number): void;
}

/** Gates tests on tools: `const tools = needTools(['pgbouncer']); tools.describe(...)`. */
export function needTools(tools: Tool[]): ToolGate {
  const absent = tools.filter((t) => !whichTool(t));
  const missing = absent.map((t) => `\`${t}\` is not on PATH (${INSTALL[t]})`);
  const required = absent.filter((t) => requiredTools().includes(t));
  const reason = `skipped: ${missing.join('; ')}`;
  const failRequired = () =>
    it(`${required.join(', ')} required (PGMI_REQUIRE_TOOLS) but missing`, () => {
      throw new Error(missing.join('; '));
    });
  if (missing.length === 0) {
    return {
      missing,
      describe: (name, fn) => describe(name, fn),
      it: (name, fn, timeout) => it(name, fn as jest.ProvidesCallback, timeout),
      beforeAll: (fn, timeout) => beforeAll(fn, timeout),
      afterAll: (fn, timeout) => afterAll(fn, timeout),
    };
  }
  return {
    missing,
    describe(name, fn) {
      if (required.length) describe(name, failRequired);
      else describe.skip(`${name} (${reason})`, fn);
    },
    it(name, fn, timeout) {
      if (required.length)
        it(name, () => {
          throw new Error(`required (PGMI_REQUIRE_TOOLS) but missing: ${missing.join('; ')}`);
        });
      else it.skip(`${name} (${reason})`, fn as jest.ProvidesCallback, timeout);
    },
    beforeAll: () => undefined,
    afterAll: () => undefined,
  };
}
