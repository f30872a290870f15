import type { Metadata } from "next";
import { notFound } from "next/navigation";

import AcceleratorPage, { generateMetadata as acceleratorMetadata } from "@/app/hardware/[slug]/page";
import { generateMetadata as modelTypeMetadata } from "@/app/leaderboard/[modelType]/page";
import { ModelTypeLeaderboard } from "@/components/leaderboard/leaderboard-pages";
import { modelTypeBySlug } from "@/lib/cost/model-type";

// Cached anonymous views of `/hardware/<slug>` and `/leaderboard/<type>` (see ../page.tsx).
export const dynamicParams = true;
export const revalidate = false;
export function generateStaticParams(): { view: string; slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/static-views/[view]/[slug]">): Promise<Metadata> {
  const { view, slug } = await params;
  if (view === "hardware") return acceleratorMetadata({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) });
  if (view === "leaderboard") return modelTypeMetadata({ params: Promise.resolve({ modelType: slug }), searchParams: Promise.resolve({}) });
  notFound();
}

export default async function StaticSlugView({ params }: PageProps<"/static-views/[view]/[slug]">) {
  const { view, slug } = await params;
  if (view === "hardware") return <AcceleratorPage params={Promise.resolve({ slug })} searchParams={Promise.resolve({})} />;
  const type = view === "leaderboard" ? modelTypeBySlug(slug) : undefined;
  if (!type) notFound();
  return <ModelTypeLeaderboard type={type} searchParams={{}} anonymous />;
}
