import { Link } from "@/components/ui/link";

import { NAV_LINKS } from "./nav-links";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline hover:no-underline dark:text-white">
          Token<span className="text-brand-600 dark:text-sky-400">Cost</span>
        </Link>
        {/* The list wraps rather than scrolls: a sideways strip hid five of the nine links past a phone's
            edge with nothing saying it scrolled. On one line (desktop) it looks as before; on a phone each
            link is 28 px tall, a comfortable touch target on rows this close. */}
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 text-sm whitespace-nowrap" data-testid="main-nav">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block py-1 text-slate-700 hover:text-brand-600 sm:py-0 dark:text-slate-300">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto">
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
