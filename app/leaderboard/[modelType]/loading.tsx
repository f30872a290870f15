import { PageLoading } from "@/components/ui/page-loading";

// The model type is already known to exist (layout.tsx), so the ranking may stream behind this.
export default function Loading() {
  return <PageLoading label="Ranking offerings…" />;
}
