/** Types for embedded-postgres-reachable.mjs (imported by the test server helper). */
export declare function privateAncestor(target: string): string | undefined;
export declare function reachablePackage(
  name: string,
  root?: string,
): { dir: string; relocated: boolean };
export declare function importReachable(name: string, root?: string): Promise<unknown>;
