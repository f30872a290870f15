// npm run font:subset — writes the web font app/layout.tsx loads (ops/font-subset.ts says what it keeps).
// Run it after upgrading @fontsource-variable/inter or subset-font; commit the file it writes.
import { statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { SOURCE_FONT, SUBSET_FONT, subsetInter } from "../ops/font-subset";
import { repoRoot } from "../ops/production-build";

const bytes = await subsetInter();
writeFileSync(SUBSET_FONT, bytes);
console.log(
  `${path.relative(repoRoot, SUBSET_FONT)}: ${bytes.length} bytes (from ${statSync(SOURCE_FONT).size} bytes of ${path.relative(repoRoot, SOURCE_FONT)})`,
);
