// Who asks for a scenario. Anonymous callers are null: they can read no scenario.
export type ScenarioCaller = { id: string; role: "user" | "moderator" | "admin" };
