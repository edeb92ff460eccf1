/**
 * gh-11: `npm test` on a machine with Node and npm only. The test files that drive pgbouncer,
 * podman, terraform, openssl and util-linux `script` run in a nested jest (through
 * `PGMI_TEST_WITHOUT`, which takes the tools off PATH, as scripts/test.mjs documents) against
 * this run's server: nothing fails, and every test that needs a missing tool is reported as
 * skipped with the reason. With PGMI_REQUIRE_TOOLS (what .ci/run sets), a missing tool fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv } from './helpers/cli';
import { serverUrl } from './helpers/db';
import { whichTool } from './helpers/tools';
import { pathWithout } from '../scripts/path-without.mjs';

const HIDDEN = ['pgbouncer', 'podman', 'terraform', 'openssl', 'script'];

/** The tool each file needs, and the text its skipped tests must carry. */
const FILES: Record<string, RegExp> = {
  '__tests__/connect-pooler.int.test.ts': /skipped: `pgbouncer` is not on PATH/,
  '__tests__/ci-terraform.int.test.ts': /skipped: `terraform` is not on PATH/,
  '__tests__/image-container.int.test.ts': /skipped: podman is not usable/,
  '__tests__/connect-tls.int.test.ts': /skipped: `openssl` is not on PATH/,
  '__tests__/tooling-config.int.test.ts': /skipped: `script` is not on PATH/,
};

interface JestJson {
  numFailedTests: number;
  numPassedTests: number;
  numPendingTests: number;
  success: boolean;
  testResults: {
    name: string;
    status: string;
    message: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
}

function nestedJest(files: string[], env: Record<string, string | undefined>): JestJson {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-nested-jest-'));
  const out = path.join(dir, 'jest.json');
  try {
    const r = spawnSync(
      process.execPath,
      ['scripts/test.mjs', '--runInBand', '--json', `--outputFile=${out}`, ...files],
      {
        encoding: 'utf8',
        timeout: 300_000,
        env: cleanEnv({
          PGMI_TEST_SKIP_BUILD: '1',
          PGMI_TEST_DATABASE_URL: serverUrl(),
          PGMI_REQUIRE_IMAGE: undefined,
          PGMI_REQUIRE_TERRAFORM: undefined,
          PGMI_REQUIRE_TOOLS: undefined,
          PGMI_TEST_IMAGE: undefined,
          ...env,
        }),
      },
    );
    try {
      return JSON.parse(readFileSync(out, 'utf8')) as JestJson;
    } catch {
      throw new Error(`nested jest wrote no results (exit ${r.status}):\n${r.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('tests that need a system tool, on a machine without it (gh-11)', () => {
  it('PATH without pgbouncer, podman, terraform, openssl and script: every such test skipped with its reason, none failed', () => {
    const r = nestedJest(Object.keys(FILES), { PGMI_TEST_WITHOUT: HIDDEN.join(',') });
    const failures = r.testResults.filter((s) => s.status === 'failed').map((s) => s.message);
    expect(failures).toEqual([]);
    expect(r.numFailedTests).toBe(0);
    for (const [file, reason] of Object.entries(FILES)) {
      const suite = r.testResults.find((s) => s.name.endsWith(file));
      expect(suite).toBeDefined();
      const skipped = suite!.assertionResults.filter((a) => a.status === 'pending');
      expect([file, skipped.length > 0]).toEqual([file, true]);
      for (const a of skipped) expect(a.fullName).toMatch(reason);
    }
    expect(r.numPendingTests).toBeGreaterThanOrEqual(Object.keys(FILES).length);
  });

  it('PGMI_REQUIRE_TOOLS turns the skip into a failure naming the tool', () => {
    const r = nestedJest(['__tests__/connect-pooler.int.test.ts'], {
      PGMI_TEST_WITHOUT: 'pgbouncer',
      PGMI_REQUIRE_TOOLS: 'pgbouncer,openssl',
    });
    expect(r.numFailedTests).toBe(1);
    expect(r.numPendingTests).toBe(0);
    expect(r.testResults[0].message).toMatch(/`pgbouncer` is not on PATH/);
  });

  it('the shadow PATH hides exactly the named tools', () => {
    const shadow = pathWithout(HIDDEN);
    try {
      for (const t of HIDDEN) expect([t, whichTool(t, shadow.PATH)]).toEqual([t, undefined]);
      for (const t of ['sh', 'node', 'id']) expect(whichTool(t, shadow.PATH)).toBeDefined();
    } finally {
      rmSync(shadow.dir, { recursive: true, force: true });
    }
  });
});
