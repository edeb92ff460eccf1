/**
 * Side-effect module for `./pg.ts`, evaluated just before node-postgres: gives Node < 21 the
 * `navigator` global that Node 21+ has (same `userAgent` form), until `pgLoaded()` removes it.
 */
const g = globalThis as { navigator?: unknown };
const added = g.navigator === undefined;
if (added) {
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
    configurable: true,
    writable: true,
  });
}

export function pgLoaded(): void {
  if (added) delete g.navigator;
}
