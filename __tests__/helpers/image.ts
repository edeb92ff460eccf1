/**
 * The container image for image tests: PGMI_TEST_IMAGE (scripts/test-image.sh sets it), or built
 * here with `scripts/test-image.sh --build-only` when podman works and the base image is in local
 * storage. Where neither holds, the tests are reported as skipped with the reason, or fail when
 * PGMI_REQUIRE_IMAGE=1 (.ci/run builds the image first and sets it).
 */
import { spawn, spawnSync } from 'node:child_process';

const NODE_IMAGE = process.env.NODE_IMAGE || 'node:24-slim';

export interface ImageGate {
  available: boolean;
  /** Why the image tests cannot run here (empty when they can). */
  why: string;
  /** `describe` when the image can be used; otherwise skipped, or a failure when required. */
  describe(name: string, fn: () => void): void;
  /** The image tag, built first when PGMI_TEST_IMAGE does not name one. */
  ensureImage(): string;
}

export function imageGate(): ImageGate {
  const podmanWorks =
    spawnSync('podman', ['info', '--format', '{{.Host.OCIRuntime.Name}}'], { stdio: 'ignore' })
      .status === 0;
  const haveBase = podmanWorks && spawnSync('podman', ['image', 'exists', NODE_IMAGE]).status === 0;
  const available = !!process.env.PGMI_TEST_IMAGE || haveBase;
  const why = available
    ? ''
    : `podman ${podmanWorks ? 'works' : 'is not usable'}, base ${NODE_IMAGE} ${haveBase ? 'present' : 'missing'}; run \`npm run test:image\``;
  let image = process.env.PGMI_TEST_IMAGE ?? '';
  return {
    available,
    why,
    describe(name, fn) {
      if (available) return describe(name, fn);
      describe(name, () => {
        if (process.env.PGMI_REQUIRE_IMAGE === '1') {
          it('the image is required (PGMI_REQUIRE_IMAGE=1) but could not be built or run', () => {
            throw new Error(why);
          });
        } else {
          it.skip(`${name} (skipped: ${why})`, () => undefined);
        }
      });
    },
    ensureImage() {
      if (image) return image;
      image = 'localhost/pgmi:test';
      const b = spawnSync('bash', ['scripts/test-image.sh', '--build-only'], {
        encoding: 'utf8',
        env: { ...process.env, IMAGE: image, PGMI_TEST_SKIP_BUILD: '1' },
        timeout: 600_000,
      });
      if (b.status !== 0) throw new Error(`image build failed:\n${b.stdout}\n${b.stderr}`);
      return image;
    },
  };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs podman with the given arguments (and stdin), bounded by a timeout. */
export function podman(args: string[], opts: { input?: string; timeoutMs?: number } = {}) {
  return new Promise<Run>((resolve, reject) => {
    const child = spawn('podman', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}
