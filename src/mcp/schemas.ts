/**
 * Output schemas for the MCP tools. A tool's result is either its success value or, with
 * `isError: true`, the error detail the CLI's `--json` carries. The SDK client validates any
 * structuredContent against the advertised schema, errors included, so every schema is
 * `{"type": "object", "anyOf": [<success>, <error detail>]}` (cli.md §8.1); zod checks the same
 * union on the server side.
 */
import * as z from 'zod';

export const errorDetailSchema = z.looseObject({
  message: z.string(),
  exitCode: z.number().int(),
  sqlstate: z.string().optional(),
  detail: z.string().optional(),
  hint: z.string().optional(),
  where: z.string().optional(),
  failedFile: z.string().optional(),
  script: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  sourceLine: z.string().optional(),
  scriptExpanded: z.boolean().optional(),
  connectionLost: z.enum(['connect', 'overwrite', 'load', 'lock', 'head', 'tail']).optional(),
  panic: z.boolean().optional(),
  stack: z.string().optional(),
});

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as Record<
    string,
    unknown
  >;
  delete out.$schema;
  return out;
}

/** An object schema admitting the success value or the error detail. */
export function orError<T extends z.ZodObject>(success: T) {
  const either = z.union([success, errorDetailSchema]);
  return z
    .looseObject({})
    .check((ctx) => {
      const r = either.safeParse(ctx.value);
      if (!r.success) {
        ctx.issues.push({
          code: 'custom',
          message: `neither the success value nor an error detail: ${r.error.message}`,
          input: ctx.value,
        });
      }
    })
    .meta({ anyOf: [jsonSchemaOf(success), jsonSchemaOf(errorDetailSchema)] });
}
