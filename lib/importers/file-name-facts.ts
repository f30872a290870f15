// Setup facts that benchmark scripts commonly put in result file names, e.g.
// "llama70b_tp8_isl1024_osl1024_conc64.json" or "vllm-bench-serve-llama3.1-8b-c16.json". Only these
// well-known patterns are read; they count as stated by the file (the form fills what is absent).

export type FileNameFacts = { tensorParallel?: number; inputTokens?: number; outputTokens?: number; concurrency?: number };

const SEP = "(?:^|[_\\-./\\s])";
const END = "(?=[_\\-.\\s]|$)";

function grab(name: string, pattern: string): number | undefined {
  const match = new RegExp(`${SEP}${pattern}[-_=]?(\\d+)${END}`, "i").exec(name);
  const value = match ? Number(match[1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function fileNameFacts(fileName: string): FileNameFacts {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const facts: FileNameFacts = {
    tensorParallel: grab(base, "tp"),
    inputTokens: grab(base, "isl"),
    outputTokens: grab(base, "osl"),
    concurrency: grab(base, "(?:concurrency|conc|c)"),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as FileNameFacts;
}
