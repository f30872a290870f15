import type { Metadata } from "next";

import { ImportUploader } from "@/components/submissions/import-uploader";
import { Link } from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listSubmissionChoices } from "@/lib/data/submissions/list-submission-choices";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/validation/import";
import { PRECISIONS } from "@/lib/validation/submission";

export const metadata: Metadata = { title: "Import benchmark results" };

export default async function ImportPage() {
  await requirePageUser("/submit/import");
  const { models, accelerators } = await listSubmissionChoices();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1>Import benchmark results</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Upload a results file; before anything is written you will see every row: its plausibility findings and cost, or why it will be skipped. You can fill
          in what the file does not say (accelerator, count, precision…). Imported results wait for a moderator like any other submission. The file&apos;s
          SHA-256 is kept as provenance, and the same file cannot be imported twice. Prefer typing one result? <Link href="/submit">Use the form</Link>. Your
          own CSV? Start from the <a href="/submit/template.csv">template</a>.
        </p>
      </div>
      <ImportUploader models={models} accelerators={accelerators} precisions={PRECISIONS} maxFileBytes={MAX_IMPORT_FILE_BYTES} />
    </div>
  );
}
