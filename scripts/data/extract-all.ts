// Regenerates the curated result extracts in prisma/seed/data/results (and the trimmed MLPerf
// latency limits) from the raw public files: `npm run data:extract`. Raw files are read from
// RAW_DATA_DIR (default: the shared data folder beside the checkout). Prints what each source skipped
// and why. `npm run data:check` (--check) writes nothing and fails if a committed extract differs.
import { extractArgonne } from "./argonne";
import { CHECK_ONLY, RAW_DIR, rawAvailable, staleFiles } from "./common";
import { extractGaudi } from "./gaudi";
import { extractMlperf } from "./mlperf";
import { extractNeuron } from "./neuron";
import { extractTpu } from "./tpu";

if (!rawAvailable()) {
  console.error(`[data] ${RAW_DIR} not found: set RAW_DATA_DIR to the folder holding the raw public files.`);
  process.exit(1);
}
extractMlperf();
extractTpu();
extractNeuron();
extractGaudi();
extractArgonne();
if (CHECK_ONLY) {
  if (staleFiles.length > 0) {
    console.error(`[data] out of date (run npm run data:extract): ${staleFiles.join(", ")}`);
    process.exit(1);
  }
  console.log("[data] every extract matches the raw files.");
}
