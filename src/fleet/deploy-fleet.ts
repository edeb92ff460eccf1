/**
 * A fleet deploy: the project is read and checked once, then each target gets a normal deploy
 * (its own connection, lock, session and transaction) through the engine's one entry.
 */
import { deploy, nonInteractiveApprover, type PreparedProject } from '../engine/deploy';
import type { DeployEvent, DeployResult } from '../engine/events';
import type { BuiltFleet, TargetConnections } from './fleet-input';
import type { FleetTargetResult } from './result';
import { runFleet, type FleetRun } from './run-fleet';
import type { FleetTarget } from './targets';

export interface FleetDeployDeps {
  project: PreparedProject;
  connections: TargetConnections;
  /** SIGINT/SIGTERM. */
  signal?: AbortSignal;
  onEvent?(target: FleetTarget, event: DeployEvent): void;
  onStart?(target: FleetTarget): void;
  onFinish?(entry: FleetTargetResult, result: DeployResult): void;
}

export function deployFleet(
  fleet: BuiltFleet,
  targets: FleetTarget[],
  deps: FleetDeployDeps,
): Promise<FleetRun> {
  return runFleet(targets, fleet.schedule, {
    signal: deps.signal,
    onStart: deps.onStart,
    onFinish: deps.onFinish,
    deployTarget: (target, signal) => {
      const connection = deps.connections.for(target);
      return deploy(
        {
          ...fleet.deploy.options,
          database: target.database,
          maintenanceDatabase: connection.maintenanceDatabase,
          // The fleet's signal carries the one --timeout for the whole run.
          timeoutMs: 0,
        },
        {
          provider: connection.provider,
          project: deps.project,
          signal,
          // No one can answer a prompt per target: --overwrite needs --force in a fleet.
          approve: nonInteractiveApprover,
          onEvent: deps.onEvent && ((e) => deps.onEvent?.(target, e)),
        },
      );
    },
  });
}
