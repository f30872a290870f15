import { Link } from "@/components/ui/link";

const SOURCES = [
  { label: "MLPerf Inference v5.1 results (MLCommons, Apache-2.0)", href: "https://github.com/mlcommons/inference_results_v5.1" },
  { label: "InferenceX GPU specs & TCO (SemiAnalysis, Apache-2.0)", href: "https://github.com/SemiAnalysisAI/InferenceX-app" },
  { label: "Cloud GPU prices (The Full Stack, MIT)", href: "https://github.com/the-full-stack/the-full-stack-website" },
  { label: "TPU prices (dstack gpuhunt, MPL-2.0)", href: "https://github.com/dstackai/gpuhunt" },
];

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto grid max-w-7xl gap-4 px-4 sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-semibold text-slate-800 dark:text-slate-200">Data sources</p>
          <ul className="mt-1 space-y-1">
            {SOURCES.map((s) => (
              <li key={s.href}>
                <a href={s.href} rel="noopener noreferrer">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="sm:text-right">
          <p>
            Every figure is cost per million tokens from measured results. <Link href="/glossary">How we compute it</Link> · <Link href="/api-docs">API</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
