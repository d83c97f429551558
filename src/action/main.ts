/** Entry point of the bundled GitHub Action, `dist/action.js` (`action.yml`). */
import { runAction } from './run.js';

await runAction();
