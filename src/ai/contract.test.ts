import { EXIT_CODE_NAMES, ExitCode } from '../engine/errors';
import { findMacros } from '../engine/preprocess/macros';
import { SESSION_CONTRACT } from '../engine/session/contract';
import { buildContract, contractJson } from './contract';

describe('ai contract (pure)', () => {
  const c = buildContract();

  it('cli#108: exit codes unique, named as upstream, 143 added for SIGTERM', () => {
    const codes = c.exit_codes.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(c.exit_codes.find((e) => e.code === 0)?.name).toBe('ExitSuccess');
    expect(c.exit_codes.find((e) => e.code === 13)?.name).toBe('ExitExecutionFailed');
    expect(codes).toEqual([...EXIT_CODE_NAMES.map((e) => e.code), ExitCode.Terminated]);
  });

  it('cli#108: three macro forms, each one pgmi itself recognises as a macro', () => {
    expect(c.macros).toHaveLength(3);
    for (const m of c.macros) {
      expect(m.form.startsWith('CALL pgmi_test')).toBe(true);
      const text = `BEGIN;\n${m.form.replace("'callback'", "'pg_temp.cb'")};\nCOMMIT;`;
      expect(findMacros(text)).toHaveLength(1);
    }
  });

  it('views, functions, events and step types come from the session contract', () => {
    expect(c.views.map((v) => v.name)).toEqual(SESSION_CONTRACT.views.map((v) => v.name));
    expect(c.functions.map((f) => f.name)).toEqual(SESSION_CONTRACT.functions.map((f) => f.name));
    expect(c.types[0].events).toEqual([...SESSION_CONTRACT.testEvents]);
    expect(c.step_types).toEqual(['fixture', 'test', 'teardown']);
    const plan = c.functions.find((f) => f.name === 'pgmi_test_plan');
    expect(plan?.returns).toEqual(['ordinal', 'step_type', 'script_path', 'directory', 'depth']);
    expect(plan?.args).toEqual(['p_pattern text DEFAULT NULL::text']);
    expect(c.functions.find((f) => f.name === 'pgmi_test_callback')?.signature).toBe(
      'e pgmi_test_event',
    );
  });

  it('the execution contract lists terminators and what cannot go through EXECUTE', () => {
    expect(c.execution_contract.terminators.slice(0, 4)).toEqual([
      'COMMIT',
      'END',
      'ROLLBACK',
      'ABORT',
    ]);
    expect(c.execution_contract.not_via_execute).toEqual([
      'CREATE INDEX CONCURRENTLY',
      'VACUUM',
      'CREATE DATABASE',
    ]);
  });

  it('prints as 2-space indented JSON ending in a newline', () => {
    const text = contractJson();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"/);
    expect(JSON.parse(text)).toEqual(c);
  });
});
