// The repository suite on the embedded default: PGlite, in memory.
import { createDatabase, IN_MEMORY } from './create-database';
import { describeRepositories } from './test-support/repository-suite';

describeRepositories('PGlite (in memory)', () => createDatabase({ dataDir: IN_MEMORY }));
