/** Types for path-without.mjs (imported by the tests). */
export declare function pathWithout(
  tools: string[],
  pathVar?: string,
): { PATH: string; dir: string };
