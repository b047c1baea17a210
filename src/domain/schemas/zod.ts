// zod as every schema of the app uses it: without JIT, set before any schema is built. zod decides
// while building an object schema whether to compile a fast parser with `new Function`; the app's CSP
// forbids that (each probe is a CSP violation), so every module imports `z` from here, not from 'zod'
// (tests/unit/lint/zod.test.ts checks that).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
