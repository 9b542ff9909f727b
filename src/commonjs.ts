/**
 * The CommonJS dependencies used on the numerical path (jStat and seedrandom),
 * loaded with `require` rather than `import`.
 *
 * Node 20 can `import` a CommonJS package, but first scans its source for named
 * exports (cjs-module-lexer), and the process keeps the memory of that scan:
 * `import('jstat')` raises the peak resident memory of a fresh process by about
 * 9 MB and `import('seedrandom')` by about 6 MB, against about 1 MB each through
 * `require` (`/usr/bin/time -f %M node -e …`, Node 20.20); `rfci bench --help`
 * went from 60 to 55 MB. Every module loads them from here.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type JStatModule from 'jstat';
import type SeedRandom from 'seedrandom';

const require = createRequire(import.meta.url);

/**
 * jStat's namespace (distributions and special functions), as `import('jstat').jStat`.
 *
 * @example
 * jStat.normal.inv(0.975, 0, 1); // about 1.96
 */
export const jStat: typeof JStatModule.jStat = (require('jstat') as typeof JStatModule).jStat;

/**
 * seedrandom's generators (`seedrandom.xor4096(seed)` and the others), as `import('seedrandom')`.
 *
 * @example
 * seedrandom.xor4096('1').double();
 */
export const seedrandom: typeof SeedRandom = require('seedrandom') as typeof SeedRandom;
