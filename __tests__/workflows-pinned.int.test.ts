/**
 * gh-11: every action a workflow of this repository uses is pinned by commit SHA (a tag can be
 * moved to other code; a job with `packages: write` would run it with a token that can push the
 * image), and the same action is pinned to the same commit everywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';

interface Workflow {
  jobs: Record<string, { steps?: { uses?: string }[]; uses?: string }>;
}

const DIR = '.github/workflows';

function usesOf(file: string): string[] {
  const wf = loadYaml(readFileSync(path.join(DIR, file), 'utf8')) as Workflow;
  return Object.values(wf.jobs).flatMap((j) => [
    ...(j.uses ? [j.uses] : []),
    ...(j.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])),
  ]);
}

/** `owner/repo@<40 hex>` unless local (`./`) or a container (`docker://…@sha256:`). */
function unpinned(uses: string[]): string[] {
  return uses.filter(
    (u) =>
      !u.startsWith('./') &&
      !/^docker:\/\/.+@sha256:[0-9a-f]{64}$/.test(u) &&
      !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u),
  );
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

describe('workflow actions are pinned by commit (gh-11)', () => {
  it.each(files)('%s', (file) => {
    const uses = usesOf(file);
    expect(uses.length).toBeGreaterThan(0);
    expect(unpinned(uses)).toEqual([]);
  });

  it('the check refuses a tag and a short SHA', () => {
    expect(unpinned(['docker/login-action@v3', 'actions/checkout@08c6903', './'])).toEqual([
      'docker/login-action@v3',
      'actions/checkout@08c6903',
    ]);
  });

  it('one commit per action across the workflows', () => {
    const pins = new Map<string, Set<string>>();
    for (const f of files)
      for (const u of usesOf(f)) {
        const [name, ref] = u.split('@');
        if (!ref) continue;
        pins.set(name, (pins.get(name) ?? new Set()).add(ref));
      }
    const split = [...pins].filter(([, refs]) => refs.size > 1).map(([n]) => n);
    expect(split).toEqual([]);
  });
});
