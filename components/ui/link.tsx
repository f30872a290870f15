"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string };

/**
 * next/link that prefetches a page when the visitor reaches for its link (pointer over it, keyboard
 * focus, a finger down) rather than as soon as the link scrolls into view. Viewport prefetching made a
 * phone opening /leaderboard fetch ~20 pages it never visited (every header, footer and model-type
 * link), and the browser handled each response on its main thread while the page was becoming
 * interactive. Navigation stays client-side; a page nobody pointed at is fetched on click.
 */
export function Link({ href, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const router = useRouter();
  const prefetch = () => {
    if (href.startsWith("/") && !href.startsWith("//")) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
