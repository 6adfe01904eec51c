// The action's entry point: nothing runs at import time anywhere else.
import { run } from './main.js';

await run();
