// tsc does not copy non-TypeScript files: the SQL migrations go next to the compiled store.
import { cpSync } from 'node:fs';
cpSync('src/store/migrations', 'dist/store/migrations', { recursive: true });
