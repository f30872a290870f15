import { PageLoading } from "@/components/ui/page-loading";

// In the (index) route group so that this boundary wraps the list page only. app/offerings/[slug] is
// outside it: an unknown slug still answers 404, which a page streamed behind a boundary could not
// (its status is fixed at 200 once it starts streaming). Errors fall through to app/error.tsx.
export default function Loading() {
  return <PageLoading label="Loading offerings…" />;
}
