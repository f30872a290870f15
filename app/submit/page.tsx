import type { Metadata } from "next";

import { SubmissionForm } from "@/components/submissions/submission-form";
import { Link } from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listSubmissionChoices } from "@/lib/data/submissions/list-submission-choices";
import { PRECISIONS, SPECULATIVE_DECODING_METHODS } from "@/lib/validation/submission";

import { submitResultAction } from "./actions";

export const metadata: Metadata = { title: "Submit a benchmark result" };

export default async function SubmitPage() {
  await requirePageUser("/submit");
  const { models, accelerators } = await listSubmissionChoices();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1>Submit a benchmark result</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Every result is checked against what the hardware can physically do, then reviewed by a moderator; only approved results feed the leaderboards. Have
          result files already? <Link href="/submit/import">Import a vLLM, MLPerf or CSV file</Link> (<a href="/submit/template.csv">CSV template</a>,{" "}
          <a href="/submit/template.csv?example=1">with an example row</a>) or use the <Link href="/api-docs">API</Link>.{" "}
          <Link href="/submissions/mine">Your submissions</Link>.
        </p>
      </div>
      <SubmissionForm
        action={submitResultAction}
        models={models}
        accelerators={accelerators}
        precisions={PRECISIONS}
        speculativeMethods={SPECULATIVE_DECODING_METHODS.filter((m) => m !== "none")}
      />
    </div>
  );
}
