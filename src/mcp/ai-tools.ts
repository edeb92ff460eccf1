/**
 * The `ai_*` tools: the same documents as `pgmi ai`, `ai skills`, `ai skill` and `ai contract`.
 * Overview, skill and contract are markdown or JSON text; the skill list is structured.
 */
import * as z from 'zod';
import { contractJson } from '../ai/contract';
import { renderOverview } from '../ai/overview';
import { getSkill, listSkills, skillNames } from '../ai/skills';
import { PgmiError } from '../engine/errors';
import { structuredResult, textResult } from './results';
import { orError } from './schemas';
import type { ToolDefinition } from './tool';

const skillsSuccess = z.object({
  skills: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      scope: z.string(),
      filePath: z.string(),
    }),
  ),
});

export const AI_TOOLS: ToolDefinition[] = [
  {
    name: 'ai_contract',
    description:
      'The pgmi session API as JSON: views and columns with types, functions and signatures, the test event type and event names, step types, exit codes, macro forms and the execution contract. Read it before writing deploy.sql.',
    run: async () => textResult(contractJson()),
  },
  {
    name: 'ai_overview',
    description: 'What pgmi is, its model, its commands and the skill index (markdown).',
    run: async () => textResult(renderOverview()),
  },
  {
    name: 'ai_skill',
    description: 'One pgmi skill as markdown with front matter (names from ai_skills).',
    inputShape: { name: z.string().describe('Skill name, e.g. pgmi-deploy-sql') },
    run: async (args) => {
      const name = String(args.name ?? '');
      if (name === '') throw new PgmiError('name is required');
      if (!skillNames().includes(name)) {
        throw new PgmiError(
          `skill '${name}' not found. Available skills: ${skillNames().join(', ')}`,
        );
      }
      return textResult(getSkill(name).content);
    },
  },
  {
    name: 'ai_skills',
    description: 'The pgmi skills: name, description, scope and file path of each.',
    outputSchema: orError(skillsSuccess),
    run: async () =>
      structuredResult({
        skills: listSkills().map(({ name, description, scope, filePath }) => ({
          name,
          description,
          scope,
          filePath,
        })),
      }),
  },
];
