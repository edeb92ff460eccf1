// Lets a child `node` process run this repository's TypeScript sources directly (tests spawn
// such children when the behaviour under test reads the process environment at start-up, e.g.
// NODE_EXTRA_CA_CERTS, or must be observed in a fresh process): `node --import <this> x.ts`.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
