/**
 * The skills hold to the code: every command, flag and SQL identifier a skill mentions exists —
 * commands and flags in the CLI's declared command tree, SQL names in the session contract,
 * GitHub Action inputs in action.yml — and the bundle serves the skills from a folder that holds
 * nothing but dist/ and templates/.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { load } from 'js-yaml';
import { buildContract } from '../src/ai/contract';
import { readCoreGuidance, readOverview } from '../src/ai/skill-files';
import { listSkills } from '../src/ai/skills';
import '../src/cli/commands';
import { buildProgram } from '../src/cli/program';
import { runNode, runPgmi } from './helpers/cli';

const program = buildProgram(
  { env: {}, stdout: () => undefined, stderr: () => undefined },
  () => undefined,
);
const skills = listSkills();
/** The skills plus the overview and the core guidance `ai setup` writes: all are held to the code. */
const documents: Array<[string, string]> = [
  ...skills.map((s) => [s.name, s.content] as [string, string]),
  ['overview', readOverview()],
  ['core guidance', readCoreGuidance()],
];

interface Fence {
  lang: string;
  text: string;
}

function split(md: string): { fences: Fence[]; prose: string } {
  const fences: Fence[] = [];
  const prose = md.replace(
    /^```([\w-]*)\n([\s\S]*?)^```[ \t]*$/gm,
    (_m, lang: string, text: string) => {
      fences.push({ lang, text });
      return '';
    },
  );
  return { fences, prose };
}

const inlineSpans = (prose: string) => [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

/** `pgmi …` command lines: inline code spans and lines of shell-like or YAML blocks. */
function invocations(md: string): string[] {
  const { fences, prose } = split(md);
  const out = inlineSpans(prose).filter((s) => /^pgmi\s/.test(s));
  for (const f of fences) {
    if (!['', 'sh', 'bash', 'console', 'yaml'].includes(f.lang)) continue;
    for (const line of f.text.split('\n')) {
      const m = /(?:^|[\s;&|(])(pgmi\s+[a-z-].*)$/.exec(line);
      if (m) out.push(m[1]);
    }
  }
  // Trailing comments, pipes and redirections are not part of the command.
  return out.map((s) => s.split(/\s(?:#|\||&&|>|;)/)[0].trim());
}

function optionNames(cmd: Command): Set<string> {
  const names = new Set<string>(['--help']);
  for (let c: Command | null = cmd; c; c = c.parent) {
    for (const o of c.options) {
      if (o.long) names.add(o.long);
      if (o.short) names.add(o.short);
    }
  }
  return names;
}

/** Problems with one `pgmi …` line, checked against the command tree. */
function checkInvocation(line: string): string[] {
  const tokens = line.split(/\s+/).slice(1);
  let cmd: Command = program;
  let i = 0;
  while (i < tokens.length && !tokens[i].startsWith('-')) {
    const sub = cmd.commands.find((c) => c.name() === tokens[i]);
    if (!sub) break;
    cmd = sub;
    i++;
  }
  const problems: string[] = [];
  const next = tokens[i];
  if (cmd === program && next !== undefined && !next.startsWith('-')) {
    problems.push(`unknown command "${next}"`);
  } else if (cmd.commands.length > 0 && next !== undefined && /^[a-z]/.test(next)) {
    problems.push(`unknown subcommand "${next}" of "${cmd.name()}"`);
  }
  const opts = optionNames(cmd);
  const positional: string[] = [];
  for (const t of tokens.slice(i)) {
    if (t.startsWith('-')) {
      const name = t.split('=')[0];
      if (!opts.has(name)) problems.push(`"${name}" is not a flag of "${cmd.name()}"`);
    } else positional.push(t);
  }
  if (cmd.name() === 'skill' && cmd.parent?.name() === 'ai') {
    for (const p of positional)
      if (!p.startsWith('<') && !skills.some((s) => s.name === p)) problems.push(`no skill "${p}"`);
  }
  return problems.map((p) => `${p} in \`${line}\``);
}

function allLongFlags(cmd: Command, into = new Set<string>(['--help', '--version'])): Set<string> {
  for (const o of cmd.options) if (o.long) into.add(o.long);
  for (const c of cmd.commands) allLongFlags(c, into);
  return into;
}

const contract = buildContract();
const KNOWN_SQL = new Set<string>([
  ...contract.views.map((v) => v.name),
  ...contract.functions.map((f) => f.name),
  ...contract.types.map((t) => t.name),
  ...contract.internal.tables.map((t) => t.name),
  ...contract.internal.functions,
  ...contract.views.flatMap((v) => v.columns),
  'pgmi_test', // the macro
]);

/** Functions the shipped templates create in pg_temp, which skills may refer to. */
const TEMPLATE_PG_TEMP = new Set(
  readdirSync('templates')
    .map((t) => path.join('templates', t, 'deploy.sql'))
    .filter((f) => existsSync(f))
    .flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/FUNCTION\s+pg_temp\.(\w+)/gi)].map((m) => m[1]),
    ),
);

function actionInputs(): Set<string> {
  const yml = load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
  return new Set(Object.keys(yml.inputs));
}

/** Keys under `with:` of every `uses: pgmi/deploy-action@…` step in the skill's YAML blocks. */
function actionWithKeys(md: string): string[] {
  const keys: string[] = [];
  for (const f of split(md).fences.filter((x) => x.lang === 'yaml')) {
    const lines = f.text.split('\n');
    lines.forEach((l, i) => {
      if (!/uses:\s*pgmi\/deploy-action@/.test(l)) return;
      const w = lines.findIndex((x, j) => j > i && /^\s*with:\s*$/.test(x));
      if (w < 0) return;
      const indent = lines[w].search(/\S/);
      for (let j = w + 1; j < lines.length; j++) {
        const at = lines[j].search(/\S/);
        if (at <= indent) break;
        const m = /^\s*([a-z][a-z0-9-]*):/.exec(lines[j]);
        if (m && at === indent + 2) keys.push(m[1]);
      }
    });
  }
  return keys;
}

describe('skills are accurate to the implementation', () => {
  it.each(documents)(
    '%s: every pgmi command line names real commands, subcommands, flags and skills',
    (_name, content) => {
      const lines = invocations(content);
      expect(lines.flatMap(checkInvocation)).toEqual([]);
    },
  );

  it.each(documents)(
    '%s: every --flag mentioned in prose or inline code is declared by some command',
    (_name, content) => {
      const flags = allLongFlags(program);
      const mentioned = [...split(content).prose.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map(
        (m) => m[0],
      );
      expect(mentioned.filter((f) => !flags.has(f))).toEqual([]);
    },
  );

  it.each(documents)(
    '%s: every pgmi_* SQL identifier is in the contract; every pg_temp function is defined',
    (_name, content) => {
      const ids = [...content.matchAll(/\b_?pgmi_[a-z0-9_]+/g)].map((m) => m[0]);
      expect(ids.filter((id) => !KNOWN_SQL.has(id))).toEqual([]);
      const defined = new Set(
        [...content.matchAll(/FUNCTION\s+pg_temp\.(\w+)/gi)].map((m) => m[1]),
      );
      const used = [...content.matchAll(/pg_temp\.([a-z_][a-z0-9_]*)/g)].map((m) => m[1]);
      const unknown = used.filter(
        (n) =>
          !KNOWN_SQL.has(n) && !defined.has(n) && !TEMPLATE_PG_TEMP.has(n) && n !== 'my_callback',
      );
      expect(unknown).toEqual([]);
    },
  );

  it('the checks above really look at something', () => {
    const all = documents.map(([, c]) => c).join('\n');
    expect(invocations(all).length).toBeGreaterThan(20);
    expect(checkInvocation('pgmi deploy . --no-such-flag')).toHaveLength(1);
    expect(checkInvocation('pgmi metadata frobnicate ./p')).toHaveLength(1);
    expect(checkInvocation('pgmi ai skill pgmi-nothing')).toHaveLength(1);
    expect(checkInvocation('pgmi deplyo .')).toHaveLength(1);
    expect(checkInvocation('pgmi ai setup --assistant claude --dry-run')).toEqual([]);
    expect(actionWithKeys(all).length).toBeGreaterThan(5);
  });

  it('GitHub Action inputs used in skills exist in action.yml', () => {
    const inputs = actionInputs();
    const used = skills.flatMap((s) => actionWithKeys(s.content));
    expect(used.filter((k) => !inputs.has(k))).toEqual([]);
  });
});

describe('skills from the bundle', () => {
  it('cli#106/#107: ai skills lists every skill; ai skill prints the file with its front matter', async () => {
    const list = await runPgmi(['ai', 'skills']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`Total: ${skills.length} skills`);
    for (const s of skills) expect(list.stdout).toContain(`| \`${s.name}\` | ${s.scope} |`);
    const one = await runPgmi(['ai', 'skill', 'pgmi-sql']);
    expect([one.code, one.stdout]).toEqual([0, skills.find((s) => s.name === 'pgmi-sql')?.content]);
    const unknown = await runPgmi(['ai', 'skill', 'definitely-not-a-skill']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("skill 'definitely-not-a-skill' not found. Available skills:");
    const none = await runPgmi(['ai', 'skill']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing required argument: <name>');
  });

  it('cli#129: `pgmi ai` and `pgmi ai <anything>` print the overview with the skill index', async () => {
    for (const args of [['ai'], ['ai', 'bogus']]) {
      const r = await runPgmi(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('# pgmi for coding assistants');
      for (const s of skills) expect(r.stdout).toContain(`| \`${s.name}\` |`);
    }
  });

  it('cli#109: ai client prints client guidance (gh-15: the advanced template ships the HTTP layer); two languages are a usage error', async () => {
    const r = await runPgmi(['ai', 'client', 'typescript']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/openapi.json');
    expect((await runPgmi(['ai', 'client', 'a', 'b'])).code).toBe(2);
  });

  it('shell completion offers skill names for ai skill and assistant names for --assistant', async () => {
    const skill = await runPgmi(['__complete', '--', 'bash', 'ai', 'skill', 'pgmi-d']);
    expect(skill.stdout.split('\n').filter((l) => l && !l.startsWith(':'))).toEqual([
      'pgmi-debug-deploy',
      'pgmi-deploy-sql',
    ]);
    const assistant = await runPgmi([
      '__complete',
      '--',
      'bash',
      'ai',
      'check',
      '--assistant',
      'cl',
    ]);
    expect(assistant.stdout.split('\n').filter((l) => l && !l.startsWith(':'))).toEqual([
      'claude',
      'cline',
    ]);
  });

  it('a folder holding only dist/ and templates/ serves skills, overview, contract, setup and the MCP ai tools', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pgmi-bundle-'));
    try {
      cpSync('dist/cli', path.join(root, 'dist/cli'), { recursive: true });
      cpSync('templates', path.join(root, 'templates'), { recursive: true });
      const cli = path.join(root, 'dist/cli/index.js');
      const project = path.join(root, 'project');
      cpSync('templates/basic', project, { recursive: true });
      for (const s of skills) {
        const r = await runNode(cli, ['ai', 'skill', s.name], { cwd: root });
        expect([s.name, r.code, r.stdout]).toEqual([s.name, 0, s.content]);
      }
      expect((await runNode(cli, ['ai'], { cwd: root })).stdout).toContain('## Skills');
      const contract = await runNode(cli, ['ai', 'contract'], { cwd: root });
      expect(JSON.parse(contract.stdout)).toEqual(buildContract());
      const setup = await runNode(cli, ['ai', 'setup', '--assistant', 'claude', '--no-claude-md'], {
        cwd: project,
      });
      expect(setup.code).toBe(0);
      expect((await runNode(cli, ['ai', 'check'], { cwd: project })).code).toBe(0);
      const rpc = [
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-06-18',
            capabilities: {},
            clientInfo: { name: 't', version: '1' },
          },
        },
        {
          jsonrpc: '2.0',
          id: 2,
          method: 'tools/call',
          params: { name: 'ai_skill', arguments: { name: 'pgmi-testing' } },
        },
        {
          jsonrpc: '2.0',
          id: 3,
          method: 'tools/call',
          params: { name: 'templates_list', arguments: {} },
        },
      ];
      const serve = await runNode(cli, ['serve'], {
        cwd: root,
        input: rpc.map((m) => JSON.stringify(m)).join('\n') + '\n',
      });
      expect(serve.code).toBe(0);
      const replies = serve.stdout
        .trim()
        .split('\n')
        .map(
          (l) =>
            JSON.parse(l) as {
              id: number;
              result: {
                content: Array<{ text: string }>;
                structuredContent?: { templates: Array<{ name: string }> };
              };
            },
        );
      const skill = replies.find((m) => m.id === 2)?.result.content[0].text;
      expect(skill).toBe(skills.find((s) => s.name === 'pgmi-testing')?.content);
      const templates = replies.find((m) => m.id === 3)?.result.structuredContent?.templates;
      expect(templates?.map((t) => t.name)).toEqual(expect.arrayContaining(['basic', 'advanced']));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
