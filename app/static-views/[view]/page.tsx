import type { Metadata } from "next";
import { notFound } from "next/navigation";

import HardwarePage, { metadata as hardwareMetadata } from "@/app/hardware/(index)/page";
import { metadata as leaderboardMetadata } from "@/app/leaderboard/(index)/page";
import HomePage from "@/app/page";
import { AllModelsLeaderboard } from "@/components/leaderboard/leaderboard-pages";

// Cached anonymous views: next.config.ts rewrites `/`, `/hardware` and `/leaderboard` here when the
// request has no filter and (for the leaderboard) no session. Rendered on first request, then served
// from the page cache until the data version changes (lib/cache/view-cache-handler.mjs).
// Nothing is prerendered at build time: the build has no database.
export const dynamicParams = true;
export const revalidate = false;
export function generateStaticParams(): { view: string }[] {
  return [];
}

const VIEWS = {
  home: { metadata: {} as Metadata, render: () => <HomePage /> },
  hardware: { metadata: hardwareMetadata, render: () => <HardwarePage params={Promise.resolve({})} searchParams={Promise.resolve({})} /> },
  leaderboard: { metadata: leaderboardMetadata, render: () => <AllModelsLeaderboard searchParams={{}} anonymous /> },
} as const;

function viewOf(name: string) {
  return Object.hasOwn(VIEWS, name) ? VIEWS[name as keyof typeof VIEWS] : notFound();
}

export async function generateMetadata({ params }: PageProps<"/static-views/[view]">): Promise<Metadata> {
  return viewOf((await params).view).metadata;
}

export default async function StaticView({ params }: PageProps<"/static-views/[view]">) {
  return viewOf((await params).view).render();
}
