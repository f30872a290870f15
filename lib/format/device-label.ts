// Words for a session's User-Agent ("Chrome 142 on Linux", "Safari on iPhone") so a user can tell
// their laptop from their phone on /account/sessions. The header is whatever the client sent: this is
// a hint for people, never an input to a security decision.
import Bowser from "bowser";

/** What is stored of a User-Agent: longer headers are cut, not refused (a sign-in must not fail on it). */
export const USER_AGENT_MAX_LENGTH = 512;

export const UNKNOWN_DEVICE_LABEL = "Unknown browser";

/** The User-Agent to store: trimmed and cut to USER_AGENT_MAX_LENGTH; null when there is none. */
export function normalizeUserAgent(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim().slice(0, USER_AGENT_MAX_LENGTH);
  return trimmed.length > 0 ? trimmed : null;
}

// Safari's version follows the OS release, so it tells the user nothing the OS does not.
const BROWSERS_WITHOUT_VERSION = new Set(["Safari"]);
// On Apple's handhelds the device says more than "iOS".
const DEVICE_MODELS = new Set(["iPhone", "iPad", "iPod"]);
// Bowser names unknown clients after their first product token: "Mozilla/5.0" says nothing, and a
// made-up token may be long enough to break the page's layout.
const MEANINGLESS_NAMES = new Set(["Mozilla"]);
const NAME_MAX_LENGTH = 40;

function shorten(name: string): string {
  return name.length > NAME_MAX_LENGTH ? `${name.slice(0, NAME_MAX_LENGTH - 1)}…` : name;
}

export function deviceLabel(userAgent: string | null | undefined): string {
  const ua = normalizeUserAgent(userAgent);
  if (!ua) return UNKNOWN_DEVICE_LABEL;
  const { browser, os, platform } = Bowser.parse(ua);
  const major = browser.version?.split(".")[0];
  const name = browser.name && !MEANINGLESS_NAMES.has(browser.name) ? shorten(browser.name) : null;
  const browserName = name && major && /^\d{1,4}$/.test(major) && !BROWSERS_WITHOUT_VERSION.has(name) ? `${name} ${major}` : name;
  const system = platform.model && DEVICE_MODELS.has(platform.model) ? platform.model : os.name ? shorten(os.name) : null;
  if (browserName && system) return `${browserName} on ${system}`;
  if (browserName) return browserName;
  if (system) return `${UNKNOWN_DEVICE_LABEL} on ${system}`;
  return UNKNOWN_DEVICE_LABEL;
}
