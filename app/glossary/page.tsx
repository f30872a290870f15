import type { Metadata } from "next";

import { ASSUMPTION_DOCS } from "@/lib/cost/assumptions";
import { GLOSSARY } from "@/lib/glossary";

export const metadata: Metadata = { title: "Glossary" };

export default function GlossaryPage() {
  return (
    <div className="space-y-8">
      <div>
        <h1>Glossary</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">Every number TokenCost shows, its unit and how it is computed.</p>
      </div>
      <section aria-labelledby="metrics">
        <h2 id="metrics" className="mb-3">
          Metrics
        </h2>
        <dl className="space-y-5">
          {GLOSSARY.map((entry) => (
            <div key={entry.id} id={entry.id} className="scroll-mt-20" data-testid="glossary-entry">
              <dt className="font-semibold">
                {entry.term} <span className="font-normal text-slate-500">({entry.unit})</span>
              </dt>
              <dd className="mt-1 text-slate-700 dark:text-slate-300">
                {entry.formula ? (
                  <p>
                    <code className="rounded bg-slate-100 px-1 py-0.5 text-sm dark:bg-slate-800">{entry.formula}</code>
                  </p>
                ) : null}
                <p className="mt-1">{entry.definition}</p>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="defaults">
        <h2 id="defaults" className="mb-3">
          Default assumptions
        </h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          Used when no scenario is applied. Every one can be changed in the leaderboard filters or saved in a scenario.
        </p>
        <dl className="space-y-5">
          {Object.entries(ASSUMPTION_DOCS).map(([key, doc]) => (
            <div key={key} id={`assumption-${key}`} className="scroll-mt-20" data-testid="assumption-entry">
              <dt className="font-semibold">
                {doc.label}: {doc.default} <span className="font-normal text-slate-500">{doc.unit}</span>
              </dt>
              <dd className="mt-1 text-slate-700 dark:text-slate-300">
                <p>{doc.description}</p>
                <p className="mt-1 text-sm">
                  Source:{" "}
                  {doc.sourceUrl ? (
                    <a href={doc.sourceUrl} rel="noopener noreferrer">
                      {doc.source}
                    </a>
                  ) : (
                    doc.source
                  )}{" "}
                  · accepted range {doc.min}–{doc.max}
                </p>
              </dd>
            </div>
          ))}
          <div id="assumption-interactivity" data-testid="assumption-entry">
            <dt className="font-semibold">Interactivity target: none</dt>
            <dd className="mt-1 text-slate-700 dark:text-slate-300">
              Without a target each configuration is ranked at its highest measured throughput per accelerator (often a batch/offline run). Set a target in
              tok/s per user to read the Pareto frontier at that speed instead.
            </dd>
          </div>
          <div id="assumption-ttft" data-testid="assumption-entry">
            <dt className="font-semibold">TTFT limit: none</dt>
            <dd className="mt-1 text-slate-700 dark:text-slate-300">No result is excluded for its time to first token unless you set a limit in ms.</dd>
          </div>
          <div id="assumption-deployment" data-testid="assumption-entry">
            <dt className="font-semibold">
              Deployment: cloud, on-prem and ownership estimates; token basis: output; all pricing bases, evidence kinds, workloads and serving regimes; all
              precisions and features allowed
            </dt>
            <dd className="mt-1 text-slate-700 dark:text-slate-300">
              The widest view, with every ownership estimate labelled as one. Narrow it with the filters (Deployment &quot;Cloud&quot; or &quot;On-prem&quot;
              never includes an estimate); the token basis follows MLPerf, which counts generated tokens.
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
