// The importable formats (no imports here: the validation layer and the UI read this list too).
export const IMPORT_FORMAT_NAMES = ["vllm", "vllm-nightly", "guidellm", "llmperf", "genai-perf", "mlperf", "mlperf-log", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMAT_NAMES)[number];

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  vllm: "vLLM bench serve / benchmark_serving / SGLang bench_serving JSON or JSON Lines",
  "vllm-nightly": "vLLM nightly benchmark table (JSON or Markdown)",
  guidellm: "guidellm summary CSV",
  llmperf: "LLMPerf summary JSON",
  "genai-perf": "NVIDIA genai-perf / AIPerf JSON export",
  mlperf: "MLPerf Inference summary (JSON or CSV, any round)",
  "mlperf-log": "MLPerf mlperf_log_summary.txt (+ system description JSON)",
  csv: "TokenCost CSV template",
};
