/** Entry point of the Action's post step (`dist/action-post/index.js`). */
import { cleanUp } from './post';

cleanUp();
