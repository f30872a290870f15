import { PageLoading } from "@/components/ui/page-loading";

// Only segments that never answer 404 or redirect get a loading boundary: once a page streams, its
// status code is fixed at 200, so notFound() inside it would no longer send 404.
export default function Loading() {
  return <PageLoading label="Comparing offerings…" />;
}
