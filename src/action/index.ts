/** Entry point of the Action's main step (`dist/action/index.js`). */
import { run } from './main';

await run();
