/**
 * The Action's interface held to its code: every input action.yml declares is read by
 * src/action and every input src/action reads is declared (same for outputs); every boolean has
 * a string default; the README's input and output tables are the ones action.yml implies.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ACTION_INPUTS, readActionInputs, type InputName } from '../src/action/inputs';
import { ACTION_OUTPUTS, actionOutputs } from '../src/action/render/outputs';
import { loadActionYml, type ActionYml } from './helpers/action';

const yml = loadActionYml();

/** Source text without comments (a comment may name an API it does not call). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

/** src/action's modules, except workflow.ts, which defines getInput/setOutput rather than calling them. */
function sources(dir = 'src/action'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && p !== 'src/action/workflow.ts'
      ? [p]
      : [];
  });
}

/** The README tables as action.yml implies them. */
function inputsTable(a: ActionYml): string {
  const rows = Object.entries(a.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.default ? `\`${i.default}\`` : ''} | ${i.description.replace(/\|/g, '\\|')} |`,
  );
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(a: ActionYml): string {
  const rows = Object.entries(a.outputs).map(
    ([name, o]) => `| \`${name}\` | ${o.description.replace(/\|/g, '\\|')} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

describe('action.yml against src/action', () => {
  it('declares exactly the inputs the source declares, in the same order, with equal defaults', () => {
    expect(Object.keys(yml.inputs)).toEqual(ACTION_INPUTS.map((i) => i.name));
    for (const spec of ACTION_INPUTS) {
      const declared = yml.inputs[spec.name];
      // The runner passes the default as the input's value: it must be a YAML string.
      expect({ name: spec.name, type: typeof declared.default }).toEqual({
        name: spec.name,
        type: 'string',
      });
      expect({ name: spec.name, default: declared.default }).toEqual({
        name: spec.name,
        default: spec.default,
      });
      expect(declared.description.length).toBeGreaterThan(10);
      expect(declared.required ?? false).toBe(false);
    }
  });

  it('every boolean input has a string default of true or false', () => {
    const booleans = ACTION_INPUTS.filter((i) => i.kind === 'boolean').map((i) => i.name);
    expect(booleans).toEqual([
      'overwrite',
      'force',
      'verbose',
      'rehearse',
      'change-report',
      'azure',
      'aws',
      'google',
      'summary',
      'annotations',
      'continue-on-error',
    ]);
    const text = readFileSync('action.yml', 'utf8');
    for (const name of booleans) {
      // Quoted in the file itself, so YAML cannot read it as a boolean.
      expect(text).toMatch(
        new RegExp(`\\n  ${name}:\\n(?:    .*\\n)*?    default: '(true|false)'\\n`),
      );
    }
  });

  it('the source reads every declared input, and only through the declared list', () => {
    const read = new Set<string>();
    const inputs = readActionInputs((name: InputName) => {
      read.add(name);
      return '';
    });
    expect([...read].sort()).toEqual(Object.keys(yml.inputs).sort());
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(yml.inputs).sort());
    // No other way in: one getInput call (the reader) and no INPUT_ variables by hand.
    const hits = sources().flatMap((file) =>
      [...code(file).matchAll(/\b(getInput|getBooleanInput|getMultilineInput)\(|INPUT_/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(hits).toEqual(['src/action/main.ts: getInput(']);
  });

  it('declares exactly the outputs the source sets', () => {
    expect(Object.keys(yml.outputs)).toEqual([...ACTION_OUTPUTS]);
    const outputs = actionOutputs(
      0,
      {
        status: 'success',
        exitCode: 0,
        database: 'd',
        filesLoaded: 1,
        testMacros: 0,
        durationMs: 1,
        tests: [],
        engineRan: true,
      },
      {},
    );
    expect(Object.keys(outputs)).toEqual([...ACTION_OUTPUTS]);
    const setters = sources().flatMap((file) =>
      [...code(file).matchAll(/setOutput\(([^,]+),/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(setters).toEqual(['src/action/main.ts: name']);
  });

  it('the README tables match action.yml', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(
      readme.indexOf('<!-- section:action -->'),
      readme.indexOf('<!-- /section:action -->'),
    );
    expect(section).toContain(inputsTable(yml));
    expect(section).toContain(outputsTable(yml));
  });
});
