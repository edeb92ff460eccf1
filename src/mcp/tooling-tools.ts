/**
 * `init`, `metadata_plan`, `metadata_validate`, `templates_list`: the project tooling the CLI's
 * `init`, `metadata` and `templates` commands use, called with the same functions.
 */
import * as z from 'zod';
import { initProject } from '../tooling/init';
import { metadataPlan, metadataValidate } from '../tooling/metadata';
import { listTemplates } from '../tooling/templates';
import { PgmiError } from '../engine/errors';
import { structuredResult } from './results';
import { orError } from './schemas';
import type { ToolDefinition } from './tool';

const pathInput = {
  path: z.string().describe('Project directory'),
};

function requirePath(args: Record<string, unknown>): string {
  const path = String(args.path ?? '');
  if (path === '') throw new PgmiError('path is required');
  return path;
}

const planEntry = z.object({
  path: z.string(),
  id: z.string(),
  idempotent: z.boolean(),
  sort_keys: z.array(z.string()),
  description: z.string(),
});

export const TOOLING_TOOLS: ToolDefinition[] = [
  {
    name: 'init',
    description:
      'Scaffold a pgmi project from a template into a new or empty directory (pgmi.yaml and .env already there are kept). The project name defaults to the directory name.',
    inputShape: {
      path: z.string().describe('Target directory (created when missing)'),
      template: z.string().optional().describe('Template name (default basic; see templates_list)'),
      name: z.string().optional().describe('Project name (default: the directory name)'),
    },
    outputSchema: orError(
      z.object({
        created: z.literal(true),
        path: z.string(),
        template: z.string(),
        files: z.array(z.string()),
        kept: z.array(z.string()),
      }),
    ),
    run: async (args) => {
      const template = typeof args.template === 'string' && args.template ? args.template : 'basic';
      const name = typeof args.name === 'string' && args.name ? args.name : undefined;
      const r = await initProject(requirePath(args), template, name ? { name } : {});
      return structuredResult({
        created: true,
        path: r.path,
        template: r.template,
        files: r.files,
        kept: r.kept,
      });
    },
  },
  {
    name: 'metadata_plan',
    description:
      'The scripts of a project with their ids, idempotent flags, sort keys and descriptions, in plan order (offline; same as `pgmi metadata plan --json`).',
    inputShape: pathInput,
    outputSchema: orError(z.object({ total_files: z.number().int(), plan: z.array(planEntry) })),
    run: async (args) => structuredResult({ ...(await metadataPlan(requirePath(args))) }),
  },
  {
    name: 'metadata_validate',
    description:
      'Validate the <pgmi-meta> blocks of a project and find duplicate ids (offline; same as `pgmi metadata validate --json`). Duplicates come back as validation_passed: false, not as an error.',
    inputShape: pathInput,
    outputSchema: orError(
      z.object({
        total_files: z.number().int(),
        files_with_metadata: z.number().int(),
        files_without_metadata: z.number().int(),
        validation_passed: z.boolean(),
        duplicate_ids: z.array(z.string()),
      }),
    ),
    run: async (args) => structuredResult({ ...(await metadataValidate(requirePath(args))) }),
  },
  {
    name: 'templates_list',
    description: 'The project templates `init` can scaffold, recommended first.',
    outputSchema: orError(
      z.object({
        templates: z.array(
          z.object({ name: z.string(), description: z.string(), bestFor: z.string() }),
        ),
      }),
    ),
    run: async () => structuredResult({ templates: listTemplates() }),
  },
];
