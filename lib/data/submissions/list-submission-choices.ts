import "server-only";

import { db } from "@/lib/db";

// Catalog entries the submit form and the import mapping step offer in their selects.
export async function listSubmissionChoices(): Promise<{ models: { slug: string; name: string }[]; accelerators: { slug: string; name: string }[] }> {
  const [models, accelerators] = await Promise.all([
    db.model.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.accelerator.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { models, accelerators };
}
