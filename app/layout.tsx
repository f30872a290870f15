import "./globals.css";

import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

// Self-hosted Inter through next/font: preloaded, with a size-adjusted fallback. `optional`: a page
// whose first frame is painted before the font arrives (on a slow phone it is) keeps the fallback
// instead of swapping, which re-wrapped the leaderboard (CLS 0.52); the font is cached for the next
// page. The file is Inter's latin subset cut to weights 400–700 (ops/font-subset.ts, 28 KB instead of
// 48 KB); page text keeps to its characters (arrows are icons, bounds are words), or the browser
// searches the system's fonts mid-layout (e2e/public-pages.spec.ts). Inter is under the SIL Open Font
// License (app/fonts/OFL.txt).
const inter = localFont({
  src: "./fonts/inter-latin-400-700.woff2",
  weight: "400 700",
  display: "optional",
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: { default: "TokenCost — AI inference cost per million tokens", template: "%s · TokenCost" },
  description: "Rank AI inference hardware offerings — GPUs, TPUs and accelerators, cloud or on-prem — by measured cost per million tokens per model type.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${inter.className}`}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
