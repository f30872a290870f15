import { readFileSync } from "node:fs";
import path from "node:path";

// A small catalog in the shape the importers receive (slug, name, aliases), written for these tests.
export const testModels = [
  { slug: "llama-2-70b", name: "Llama 2 70B", aliases: ["llama2-70b", "llama2-70b-99", "llama2-70b-99.9"] },
  { slug: "llama-3.1-8b", name: "Llama 3.1 8B", aliases: ["llama3.1-8b", "meta-llama/Llama-3.1-8B-Instruct"] },
  { slug: "llama-3.1-70b", name: "Llama 3.1 70B", aliases: ["meta-llama/Llama-3.1-70B-Instruct"] },
  { slug: "qwen3-32b", name: "Qwen3 32B", aliases: ["Qwen/Qwen3-32B"] },
  { slug: "gpt-oss-120b", name: "gpt-oss-120b", aliases: ["openai/gpt-oss-120b"] },
];
export const testAccelerators = [
  { slug: "h100-sxm", name: "NVIDIA H100 SXM", aliases: ["NVIDIA H100-SXM-80GB", "H100 SXM5", "H100 80GB HBM3"] },
  { slug: "h200-sxm", name: "NVIDIA H200 SXM", aliases: ["NVIDIA H200-SXM-141GB"] },
  { slug: "h200-nvl", name: "NVIDIA H200 NVL", aliases: ["NVIDIA H200-NVL-141GB"] },
  { slug: "l40s", name: "NVIDIA L40S", aliases: ["L40S"] },
  { slug: "mi300x", name: "AMD Instinct MI300X", aliases: ["MI300X"] },
  { slug: "mi355x", name: "AMD Instinct MI355X", aliases: ["MI355X"] },
  { slug: "gaudi2", name: "Intel Gaudi 2", aliases: ["Gaudi 2"] },
];
export const testCatalog = { modelAliases: testModels, acceleratorAliases: testAccelerators, latencyLimits: {} };

const fixtureDir = path.resolve(import.meta.dirname, "../../fixtures/formats");
export const readFormatFixture = (name: string) => readFileSync(path.join(fixtureDir, name), "utf8");
