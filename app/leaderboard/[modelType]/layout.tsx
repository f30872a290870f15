import { notFound } from "next/navigation";

import { modelTypeBySlug } from "@/lib/cost/model-type";

// An unknown model type is decided here, outside the page's loading boundary (loading.tsx): once the
// page streams its status is fixed at 200, so a notFound() in the page alone would no longer be a 404.
export default async function ModelTypeLayout({ children, params }: LayoutProps<"/leaderboard/[modelType]">) {
  if (!modelTypeBySlug((await params).modelType)) notFound();
  return children;
}
