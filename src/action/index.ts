/** Entry point of the Action's main step (`dist/action/index.js`). */
import { main } from './main';

await main();
