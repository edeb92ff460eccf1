/**
 * `pgmi ai contract`: the session API as JSON. Views, columns, functions, the event type, event
 * names and step types come from SESSION_CONTRACT — the object an integration test compares with
 * a live session — and exit codes from the error module, so none of it is typed twice. The keys
 * and string lists keep upstream's shape (`views[].columns`, `functions[].args`/`returns`) so a
 * consumer written against it keeps working; the typed fields beside them are ours.
 */
import { EXIT_CODE_NAMES, ExitCode } from '../engine/errors';
import {
  SESSION_CONTRACT,
  renderArguments,
  renderResult,
  type ContractArgument,
  type ContractColumn,
} from '../engine/session/contract';
import { EXECUTION_CONTRACT, MACRO_FORMS, type ExecutionContract, type MacroForm } from './prose';

export interface AiContractView {
  name: string;
  /** Column names in order (upstream's shape). */
  columns: string[];
  /** The same columns with their types as `format_type` prints them. */
  column_types: ContractColumn[];
  description: string;
  note?: string;
}

export interface AiContractFunction {
  name: string;
  /** One entry per argument, as `pg_get_function_arguments` prints it. */
  args: string[];
  /** The result columns of a set-returning function, else the one result type. */
  returns: string[];
  /** `pg_get_function_arguments` verbatim. */
  signature: string;
  /** `pg_get_function_result` verbatim. */
  result: string;
  volatility: string;
  /** How deploy.sql calls it: functions in pg_temp are never found unqualified. */
  call: string;
  description: string;
}

export interface AiContract {
  api_version: string;
  schema: string;
  views: AiContractView[];
  functions: AiContractFunction[];
  types: Array<{
    name: string;
    fields: ContractColumn[];
    events: string[];
    description: string;
    note: string;
  }>;
  step_types: string[];
  step_types_note: string;
  exit_codes: Array<{ code: number; name: string; description: string }>;
  macros: MacroForm[];
  execution_contract: ExecutionContract;
  parameters: { read_as: string; note: string };
  internal: {
    note: string;
    tables: Array<{ name: string; columns: string[]; column_types: ContractColumn[] }>;
    functions: string[];
  };
}

const VIEW_NOTES: Record<string, string> = {
  pgmi_parameter_view:
    "key is lower-cased on load (--param apiVersion=2 is stored as 'apiversion'): compare lower-cased. current_setting('pgmi.apiVersion', true) works either way because setting names are case-insensitive.",
  pgmi_plan_view:
    'checksum here is the normalised checksum (pgmi_source_view.pgmi_checksum), not the raw one. Every loaded file appears, SQL or not: join pgmi_source_view on path and keep is_sql_file. No ORDER BY inside the view: order by execution_order.',
  pgmi_source_view:
    'Relations in pg_temp resolve unqualified, but writing pg_temp.pgmi_source_view makes the intent plain and cannot be shadowed by a permanent table of the same name.',
};

function argText(a: ContractArgument): string {
  return renderArguments([a]);
}

function returnsList(returns: string | readonly ContractColumn[]): string[] {
  return typeof returns === 'string' ? [returns] : returns.map((c) => c.name);
}

/** Builds the contract object (pure; no I/O). */
export function buildContract(): AiContract {
  const s = SESSION_CONTRACT;
  return {
    api_version: s.apiVersion,
    schema: s.schema,
    views: s.views.map((v) => ({
      name: v.name,
      columns: v.columns.map((c) => c.name),
      column_types: v.columns.map((c) => ({ name: c.name, type: c.type })),
      description: v.description,
      ...(VIEW_NOTES[v.name] ? { note: VIEW_NOTES[v.name] } : {}),
    })),
    functions: s.functions.map((f) => ({
      name: f.name,
      args: f.args.map(argText),
      returns: returnsList(f.returns),
      signature: renderArguments(f.args),
      result: renderResult(f.returns),
      volatility: f.volatility,
      call: `pg_temp.${f.name}(${f.args.map((a) => a.name).join(', ')})`,
      description: f.description,
    })),
    types: [
      {
        name: s.testEventType.name,
        fields: s.testEventType.fields.map((f) => ({ name: f.name, type: f.type })),
        events: [...s.testEvents],
        description: s.testEventType.description,
        note: 'The type lives in pg_temp. PostgreSQL prints it unqualified in signatures (pg_temp is searched first for types), so the argument of pgmi_test_callback reads "e pgmi_test_event"; write pg_temp.pgmi_test_event when declaring a callback of your own: CREATE FUNCTION pg_temp.my_callback(e pg_temp.pgmi_test_event) RETURNS void. Pass the callback schema-qualified: CALL pgmi_test(NULL, \'pg_temp.my_callback\').',
      },
    ],
    step_types: [...s.stepTypes],
    step_types_note:
      'Values of pgmi_test_plan().step_type, not callback event names: the callback receives pgmi_test_event.event, a finer vocabulary (see types[0].events).',
    exit_codes: [
      ...EXIT_CODE_NAMES.map((e) => ({ code: e.code, name: e.name, description: e.description })),
      {
        code: ExitCode.Terminated,
        name: 'ExitTerminated',
        description: 'Terminated by SIGTERM (128+15); an open atomic head is rolled back first',
      },
    ],
    macros: MACRO_FORMS.map((m) => ({ ...m })),
    execution_contract: { ...EXECUTION_CONTRACT },
    parameters: {
      read_as: "current_setting('pgmi.<key>', true)",
      note: 'Parameters come from pgmi.yaml params, then --params-file files in order, then --param (later wins, keys compared case-insensitively). They are session-level settings set before deploy.sql starts, so they survive every COMMIT and ROLLBACK in it. A missing parameter reads as NULL with the second argument true.',
    },
    internal: {
      note: 'Created by every session and read by the views, but not part of the published contract: read the views instead.',
      tables: s.internalTables.map((t) => ({
        name: t.name,
        columns: t.columns.map((c) => c.name),
        column_types: t.columns.map((c) => ({ name: c.name, type: c.type })),
      })),
      functions: [...s.internalFunctions],
    },
  };
}

/** The contract as printed: 2-space indented JSON and a newline. */
export function contractJson(): string {
  return JSON.stringify(buildContract(), null, 2) + '\n';
}
