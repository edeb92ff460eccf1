/**
 * node-postgres, loaded without making Node load its fetch implementation. When pg loads it
 * asks whether it runs in a Cloudflare Worker: it reads `navigator.userAgent` and, where there is
 * no `navigator` (Node < 21), constructs a `Response`, whose first use loads Node's internal
 * undici — tens of milliseconds (more on a busy machine) on every start of every command. Node
 * 21+ answers from `navigator`; `./pg-prelude` gives Node 20 the same answer for the duration
 * of the import only. Import pg from here, not from 'pg' (types may come from 'pg').
 */
import './pg-prelude';
import pg from 'pg';
import { pgLoaded } from './pg-prelude';

pgLoaded();

export default pg;
