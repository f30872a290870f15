// Regenerates the curated result extracts in prisma/seed/data/results (and the trimmed MLPerf
// latency limits) from the raw public files: `npm run data:extract`. Raw files are read from
// ../shared/data next to the checkout, or RAW_DATA_DIR. Prints what each source skipped and why.
import { rawAvailable, RAW_DIR } from "./common";
import { extractArgonne } from "./argonne";
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
