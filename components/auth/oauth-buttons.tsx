const LABELS: Record<string, string> = { github: "Continue with GitHub", google: "Continue with Google" };

/** One form per configured OAuth provider (none when no provider has its id and secret set). */
export function OAuthButtons({ providers, callbackUrl, action }: { providers: string[]; callbackUrl: string; action: (formData: FormData) => Promise<void> }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
      {providers.map((provider) => (
        <form key={provider} action={action}>
          <input type="hidden" name="provider" value={provider} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button
            type="submit"
            data-testid={`oauth-${provider}`}
            className="w-full rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {LABELS[provider] ?? provider}
          </button>
        </form>
      ))}
    </div>
  );
}
