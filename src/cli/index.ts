import { SQL } from '../engine/sql/index';
process.stdout.write(`pgmi dev ${SQL.probe}`);
