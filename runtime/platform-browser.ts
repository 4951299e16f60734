// What a bundler building for a browser takes instead of `platform.ts` (package.json's `browser` field): a browser
// has no Node parts, so none of the loader that looks for them is bundled.
import type { nodeParts as nodeOnly } from './platform.ts';

/** Never any Node parts here (see `platform.ts`). */
export const nodeParts: typeof nodeOnly = undefined;
