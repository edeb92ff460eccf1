/**
 * The Terraform post-provision recipe (examples/terraform/main.tf), applied for real: a
 * `terraform_data` resource whose `local-exec` provisioner runs `pgmi deploy`, the connection
 * string passed only through `environment`, re-run when the project checksum changes.
 *
 * Runs where `terraform` is on PATH (`terraform_data` needs no provider download, so `init` is
 * offline). Where it is not, the recipe test is reported as skipped, or fails when
 * PGMI_REQUIRE_TERRAFORM=1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, query, serverUrl } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';
import { requiredTools } from './helpers/tools';

const terraformAvailable = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

if (!terraformAvailable) {
  describe('Terraform recipe', () => {
    // Reported as skipped (never as passed) so a run without Terraform cannot read as proof.
    if (process.env.PGMI_REQUIRE_TERRAFORM === '1' || requiredTools().includes('terraform')) {
      it('terraform is required (PGMI_REQUIRE_TERRAFORM=1 or PGMI_REQUIRE_TOOLS) but not on PATH', () => {
        throw new Error(
          '`terraform` is not on PATH: install Terraform >= 1.4 to apply examples/terraform',
        );
      });
    } else {
      it.skip('apply, re-apply and change (skipped: `terraform` is not on PATH)', () => undefined);
    }
  });
} else {
  describe('Terraform recipe (examples/terraform)', () => {
    let db: string;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase('tf');
      dir = mkdtempSync(path.join(tmpdir(), 'pgmi-tf-'));
      cpSync(path.resolve('examples/terraform/main.tf'), path.join(dir, 'main.tf'));
    });
    afterAll(async () => {
      await dropTestDatabase(db);
      rmSync(dir, { recursive: true, force: true });
      removeProjects();
    });

    const password = new URL(serverUrl()).password;
    const terraform = (args: string[], vars: Record<string, string>) => {
      const r = spawnSync('terraform', args, {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120000,
        env: cleanEnv({
          TF_IN_AUTOMATION: '1',
          CHECKPOINT_DISABLE: '1',
          // The secret goes in the way the README says: an environment variable, not a file.
          TF_VAR_connection_string: serverUrl(),
          ...Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v])),
        }),
      });
      return { code: r.status, out: `${r.stdout}${r.stderr}` };
    };

    it('apply deploys; an unchanged project is left alone; a changed file deploys again', async () => {
      const project = makeProject({
        'deploy.sql': `BEGIN;
CREATE TABLE IF NOT EXISTS deploys (n serial, note text);
INSERT INTO deploys (note) SELECT content FROM pg_temp.pgmi_source_view WHERE path = './note.txt';
COMMIT;
`,
        'note.txt': 'first',
      });
      const vars = {
        project_dir: project,
        database: db,
        runner: 'command',
        pgmi_command: `${process.execPath} ${CLI}`,
        deploy_args: JSON.stringify(['--timeout', '60s']),
      };
      const init = terraform(['init', '-input=false', '-no-color'], {});
      expect(init).toMatchObject({ code: 0 });

      const first = terraform(['apply', '-input=false', '-no-color', '-auto-approve'], vars);
      expect(first.out).toMatch(/terraform_data\.pgmi_deploy \(local-exec\): .*files loaded/);
      expect(first.code).toBe(0);
      expect(first.out).not.toContain(password);
      expect(await query(db, 'SELECT n, note FROM deploys ORDER BY n')).toEqual([
        { n: 1, note: 'first' },
      ]);

      const second = terraform(['apply', '-input=false', '-no-color', '-auto-approve'], vars);
      expect(second.code).toBe(0);
      expect(second.out).toContain('No changes.');
      expect(second.out).not.toContain('local-exec');
      expect(await query(db, 'SELECT count(*)::int AS c FROM deploys')).toEqual([{ c: 1 }]);

      writeFileSync(path.join(project, 'note.txt'), 'second');
      const third = terraform(['apply', '-input=false', '-no-color', '-auto-approve'], vars);
      expect(third.code).toBe(0);
      expect(third.out).toMatch(/terraform_data\.pgmi_deploy must be replaced/);
      expect(third.out).not.toContain(password);
      expect(await query(db, 'SELECT n, note FROM deploys ORDER BY n')).toEqual([
        { n: 1, note: 'first' },
        { n: 2, note: 'second' },
      ]);
    });

    it('a failing deploy fails the apply with pgmi exit code in the output', async () => {
      const project = makeProject({ 'deploy.sql': 'SELECT * FROM no_such_table;' });
      const r = terraform(['apply', '-input=false', '-no-color', '-auto-approve'], {
        project_dir: project,
        database: db,
        runner: 'command',
        pgmi_command: `${process.execPath} ${CLI}`,
      });
      expect(r.code).not.toBe(0);
      expect(r.out).toContain('relation "no_such_table" does not exist');
      // Terraform wraps its error text at 80 columns, wherever the (temporary) paths put a break.
      expect(r.out).toMatch(/exit\s+status\s+13\b/);
      expect(r.out).not.toContain(password);
    });
  });
}
