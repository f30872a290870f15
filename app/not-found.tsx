import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center" data-testid="not-found">
      <h1>Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">We could not find that page. It may have been renamed or never existed.</p>
      <p className="mt-4">
        <Link href="/">Back to the leaderboards</Link>
      </p>
    </div>
  );
}
