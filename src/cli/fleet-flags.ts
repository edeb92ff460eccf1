/** `pgmi deploy` flags for fleet deploys (many databases), declared as data like DEPLOY_FLAGS. */
import { flagSpecs } from './completion-sources';
import type { FlagSpec } from './flags';

export const FLEET_FLAGS: FlagSpec[] = [
  {
    long: 'targets-file',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description:
      'Deploy to every database listed in the file (one name or connection string per line, # comments)',
  },
  {
    long: 'targets',
    value: '<a,b,c>',
    kind: 'string',
    description: 'Deploy to these databases (comma-separated) instead of -d',
  },
  {
    long: 'targets-query',
    value: '<sql>',
    kind: 'string',
    description:
      'Deploy to the databases named by the first column of this query (run read-only on the maintenance database)',
  },
  {
    long: 'parallel',
    value: '<n>',
    kind: 'string',
    description: 'Fleet: deploys in flight at once (default 4)',
  },
  {
    long: 'canary',
    value: '<n>',
    kind: 'string',
    description: 'Fleet: deploy the first n targets alone first; stop if any of them fails',
  },
  {
    long: 'continue-on-error',
    kind: 'boolean',
    description: 'Fleet: keep starting targets after one failed (default: the rest are skipped)',
  },
  {
    long: 'shard',
    value: '<i/n>',
    kind: 'string',
    description: 'Fleet: deploy only shard i of n (a stable split, for CI matrix jobs)',
  },
];

flagSpecs.push(...FLEET_FLAGS);

export interface FleetFlags {
  targetsFile?: string;
  targets?: string;
  targetsQuery?: string;
  parallel?: string;
  canary?: string;
  continueOnError?: boolean;
  shard?: string;
}
