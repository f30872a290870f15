export const NAV_LINKS = [
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/plan", label: "Planner" },
  { href: "/hardware", label: "Hardware" },
  { href: "/offerings", label: "Offerings" },
  { href: "/models", label: "Models" },
  { href: "/vendors", label: "Vendors" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/submit", label: "Submit" },
  { href: "/glossary", label: "Glossary" },
] as const;
