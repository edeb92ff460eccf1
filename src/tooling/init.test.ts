import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ExitCode } from '../engine/errors';
import { initProject } from './init';
import { listTemplates, templateNames, templatesDir } from './templates';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-init-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const target = (name?: string) => path.join(work, `${++n}`, name ?? 'proj');

describe('templatesDir', () => {
  it('resolves to the repository templates/ from the source tree', () => {
    expect(templatesDir()).toBe(path.resolve('templates') + path.sep);
    expect(templateNames()).toEqual(['basic', 'advanced']);
    expect(listTemplates().map((t) => t.name)).toEqual(['basic', 'advanced']);
    for (const t of listTemplates()) {
      expect(t.description).not.toBe('');
      expect(t.bestFor).not.toBe('');
    }
  });
});

describe('initProject', () => {
  it.each(['myapp', 'my"app', 'my\\app', '日本語プロジェクト', 'my-app-🚀'])(
    'cli#102: project name %s: project.json stays valid JSON and app_name is the name',
    async (name) => {
      const r = await initProject(target(name), 'basic');
      const json = JSON.parse(readFileSync(path.join(r.path, 'project.json'), 'utf8'));
      expect(json.app_name).toBe(name);
      // Outside JSON the name is written as it is.
      expect(readFileSync(path.join(r.path, 'pgmi.yaml'), 'utf8')).toContain(
        `settings for ${name}.`,
      );
    },
  );

  it('an explicit name wins over the directory name; `.` takes the directory it resolves to', async () => {
    const r = await initProject(target(), 'basic', { name: 'shop' });
    expect(JSON.parse(readFileSync(path.join(r.path, 'project.json'), 'utf8')).app_name).toBe(
      'shop',
    );

    const dir = target('here');
    mkdirSync(dir, { recursive: true });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const dot = await initProject('.', 'basic');
      expect(dot.path).toBe(dir);
      expect(JSON.parse(readFileSync(path.join(dir, 'project.json'), 'utf8')).app_name).toBe(
        'here',
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('returns what it wrote, in walk order, and what it kept', async () => {
    const dir = target();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '.env'), 'A=1\n');
    const r = await initProject(dir, 'basic');
    expect(r.template).toBe('basic');
    expect(r.kept).toEqual([]);
    expect(r.files[0]).toBe('.gitignore');
    expect(r.files).toContain('__test__/_setup.sql');
    expect(r.files).toContain('seed/demo_customers.sql');

    const dir2 = target();
    mkdirSync(dir2, { recursive: true });
    writeFileSync(path.join(dir2, 'pgmi.yaml'), 'timeout: 1m\n');
    const kept = await initProject(dir2, 'basic');
    expect(kept.kept).toEqual(['pgmi.yaml']);
    expect(kept.files).not.toContain('pgmi.yaml');
  });

  it('errors: a non-empty target and an unknown template are usage errors (2), the emptiness check first', async () => {
    const dir = target();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), 'x');
    await expect(initProject(dir, 'nosuch')).rejects.toMatchObject({
      exitCode: ExitCode.Usage,
      message: expect.stringContaining('is not empty (blocking: [a.txt])'),
    });
    await expect(initProject(target(), 'nosuch')).rejects.toMatchObject({
      exitCode: ExitCode.Usage,
      message: 'usage error: unknown template "nosuch" (available: [advanced basic])',
    });
  });
});
