// Writes docs/cli.md from the commander definitions (run `npm run docs:cli`, which builds first).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rfciCliReference } from '../dist/cli/reference.js';

const target = fileURLToPath(new URL('../docs/cli.md', import.meta.url));
writeFileSync(target, await rfciCliReference());
console.log(`wrote ${target}`);
