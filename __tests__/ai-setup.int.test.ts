/**
 * `pgmi ai setup` and `pgmi ai check` through the built CLI in temporary project directories.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPgmi } from './helpers/cli';

const dirs: string[] = [];
function tempDir(withDeploySql = true): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'pgmi-ai-setup-'));
  dirs.push(d);
  if (withDeploySql) writeFileSync(path.join(d, 'deploy.sql'), 'SELECT 1;\n');
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file below `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const ai = (cwd: string, ...args: string[]) =>
  runPgmi(['ai', ...args], { cwd, env: { HOME: path.join(cwd, 'home') } });

describe('pgmi ai setup / check', () => {
  it('cli#112: --all --dry-run writes nothing and says so', async () => {
    const d = tempDir();
    const r = await ai(d, 'setup', '--all', '--dry-run');
    expect(r.code).toBe(0);
    expect(tree(d)).toEqual(['deploy.sql']);
    expect(r.stderr).toContain('would create .claude/skills/pgmi/SKILL.md');
    expect(r.stderr).toContain('would create AGENTS.md');
    expect(r.stderr).toContain('would create .cursor/rules/pgmi.mdc');
    expect(r.stderr.trimEnd().endsWith('Dry run: no files written.')).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('cli#111: setup claude then check exits 0; an edit makes check exit 1 and setup leave it alone unless --force', async () => {
    const d = tempDir();
    const setup = await ai(d, 'setup', '--assistant', 'claude', '--no-claude-md');
    expect(setup.code).toBe(0);
    const skill = path.join(d, '.claude/skills/pgmi/SKILL.md');
    const files = tree(d).filter((f) => f.startsWith('.claude/'));
    expect(files).toContain('.claude/skills/pgmi/SKILL.md');
    expect(files).toContain('.claude/skills/pgmi/pgmi-deploy-sql.md');
    expect(setup.stderr).toMatch(/^created {4}\.claude\/skills\/pgmi\/SKILL\.md$/m);
    const text = readFileSync(skill, 'utf8');
    expect(text).toMatch(/^---\nname: pgmi\ndescription: /);
    expect(text).toMatch(
      /<!-- pgmi:managed\nversion: \S+\nsource: \S+\nchecksum: [0-9a-f]{64}\n-->\n$/,
    );
    expect(existsSync(path.join(d, 'CLAUDE.md'))).toBe(false);

    const check = await ai(d, 'check');
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('current    .claude/skills/pgmi/SKILL.md (content is current)');

    // Idempotent: a second setup writes nothing.
    const again = await ai(d, 'setup', '--assistant', 'claude', '--no-claude-md');
    expect([again.code, again.stderr]).toEqual([0, '']);

    appendFileSync(skill, 'my own note\n');
    const edited = readFileSync(skill, 'utf8');
    const check2 = await ai(d, 'check', '--assistant', 'claude');
    expect(check2.code).toBe(1);
    expect(check2.stderr).toContain(
      'edited     .claude/skills/pgmi/SKILL.md (hand-edited since generation)',
    );
    expect(check2.stderr).toContain(
      'guidance missing, stale, or hand-edited; run `pgmi ai setup --assistant claude`',
    );

    const kept = await ai(d, 'setup', '--assistant', 'claude', '--no-claude-md');
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain(
      'edited     .claude/skills/pgmi/SKILL.md (hand-edited; re-run with --force to overwrite)',
    );
    expect(kept.stderr).toContain(
      '1 file(s) hand-edited and left unchanged; re-run with --force to overwrite',
    );
    expect(readFileSync(skill, 'utf8')).toBe(edited);

    const dry = await ai(
      d,
      'setup',
      '--assistant',
      'claude',
      '--no-claude-md',
      '--force',
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('would overwrite .claude/skills/pgmi/SKILL.md');
    expect(readFileSync(skill, 'utf8')).toBe(edited);

    const forced = await ai(d, 'setup', '--assistant', 'claude', '--no-claude-md', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('overwrote  .claude/skills/pgmi/SKILL.md');
    expect(readFileSync(skill, 'utf8')).toBe(text);
    expect((await ai(d, 'check')).code).toBe(0);
  });

  it('a stamp from another version with the same text is current; a different text is stale', async () => {
    const d = tempDir();
    expect((await ai(d, 'setup', '--assistant', 'cline')).code).toBe(0);
    const file = path.join(d, '.clinerules/pgmi.md');
    const { stampFile } = await import('../src/ai/setup/stamp');
    const body = readFileSync(file, 'utf8').split('<!-- pgmi:managed')[0];
    writeFileSync(file, stampFile(body, '0.0.1'));
    const same = await ai(d, 'check', '--assistant', 'cline');
    expect([same.code, same.stderr]).toEqual([
      0,
      'current    .clinerules/pgmi.md (content is current)\n',
    ]);
    writeFileSync(file, stampFile(body.replace('This project', 'The project'), '0.0.1'));
    const check = await ai(d, 'check', '--assistant', 'cline');
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(
      /stale {6}\.clinerules\/pgmi\.md \(generated by pgmi 0\.0\.1, binary is \S+\)/,
    );
    const setup = await ai(d, 'setup', '--assistant', 'cline');
    expect([setup.code, setup.stderr]).toEqual([0, 'updated    .clinerules/pgmi.md\n']);
    expect((await ai(d, 'check', '--assistant', 'cline')).code).toBe(0);
  });

  it('cli#113: --all writes every target; --claude-md adds the CLAUDE.md pointer once', async () => {
    const d = tempDir();
    writeFileSync(path.join(d, 'AGENTS.md'), '# Our own agents file\n');
    const r = await ai(d, 'setup', '--all', '--claude-md');
    expect(r.code).toBe(1); // the hand-written AGENTS.md is a conflict and is kept
    expect(readFileSync(path.join(d, 'AGENTS.md'), 'utf8')).toBe('# Our own agents file\n');
    for (const f of [
      '.claude/skills/pgmi/SKILL.md',
      '.codex/skills/pgmi/SKILL.md',
      '.agents/skills/pgmi/SKILL.md',
      '.cursor/rules/pgmi.mdc',
      '.github/copilot-instructions.md',
      '.windsurf/rules/pgmi.md',
      '.clinerules/pgmi.md',
      'GEMINI.md',
      'CLAUDE.md',
    ])
      expect(existsSync(path.join(d, f))).toBe(true);
    expect(readFileSync(path.join(d, '.cursor/rules/pgmi.mdc'), 'utf8')).toMatch(
      /^---\ndescription: .+\nalwaysApply: true\n---\n/,
    );
    const claudeMd = readFileSync(path.join(d, 'CLAUDE.md'), 'utf8');
    expect(claudeMd).toMatch(
      /^<!-- pgmi:begin -->\n.*\.claude\/skills\/pgmi\/.*\n<!-- pgmi:end -->\n$/,
    );
    expect((await ai(d, 'setup', '--assistant', 'claude', '--claude-md')).code).toBe(0);
    expect(readFileSync(path.join(d, 'CLAUDE.md'), 'utf8')).toBe(claudeMd);
  });

  it('cli#110/#114: project, assistant and flag rules', async () => {
    const empty = tempDir(false);
    const notProject = await ai(empty, 'setup', '--assistant', 'claude');
    expect(notProject.code).toBe(1);
    expect(notProject.stderr).toContain('not a pgmi project');

    const d = tempDir();
    const missing = await ai(d, 'setup');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--assistant is required in non-interactive mode');
    expect(missing.stderr).toContain('claude');
    expect((await ai(d, 'setup', '--assistant', 'unknown')).code).toBe(2);
    const cursorGlobal = await ai(d, 'setup', '--global', '--assistant', 'cursor');
    expect(cursorGlobal.code).toBe(1);
    expect(cursorGlobal.stderr).toContain('does not support --global');
    expect((await ai(d, 'setup', '--assistant', 'claude', '--all')).code).toBe(1);
    expect(
      (await ai(d, 'setup', '--claude-md', '--no-claude-md', '--assistant', 'claude')).code,
    ).toBe(1);
    expect((await ai(d, 'setup', 'extra', '--assistant', 'claude')).code).toBe(2);
    expect(tree(d)).toEqual(['deploy.sql']);

    const fresh = await ai(tempDir(false), 'check');
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toContain('missing    .claude/skills/pgmi/SKILL.md');
  });

  it('--global writes under the home directory, not the project', async () => {
    const d = tempDir(false);
    const r = await ai(d, 'setup', '--global', '--assistant', 'gemini');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(d, 'home/.gemini/GEMINI.md'))).toBe(true);
    expect((await ai(d, 'check', '--global', '--assistant', 'gemini')).code).toBe(0);
    expect((await ai(d, 'check', '--assistant', 'gemini')).code).toBe(1);
  });
});
