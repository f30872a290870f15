import { Link } from "@/components/ui/link";

const LINKS = [
  { href: "/account", label: "Profile" },
  { href: "/account/password", label: "Password" },
  { href: "/account/tokens", label: "API tokens" },
  { href: "/account/sessions", label: "Sessions" },
  { href: "/teams", label: "Teams" },
];

export function AccountNav() {
  return (
    <nav aria-label="Account">
      <ul className="flex gap-3 text-sm md:flex-col md:gap-2">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
