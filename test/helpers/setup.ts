// Every test file may parse any backlog synchronously: the readers the command and the action
// load on demand are loaded once here.
import { loadBacklogReaders } from '../../src/backlog/load.js';

await loadBacklogReaders();
