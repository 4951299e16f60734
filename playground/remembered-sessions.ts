// The "stay logged in" sessions the runtime (and the official SDK) keep in this page's localStorage under
// `Backendless…` keys: what a run starts with, what it writes back, and who the page shows before any run.

/** True for a localStorage key the runtime or the SDK keeps a session under (`Backendless`, `Backendless_<appId>`). */
export function isSessionKey(key: string): boolean {
  return key.startsWith('Backendless');
}

/** Every stored session record, by key: the storage a run's runtime starts with. */
export function storedSessions(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && isSessionKey(key)) entries[key] = localStorage.getItem(key) ?? '';
  }
  return entries;
}

/** Writes back what a run's runtime stored (`null` removes it); keys that are not session records are ignored. */
export function storeSession(key: string, value: string | null): void {
  if (!isSessionKey(key)) return;
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
}

/** A session the next run starts logged in with: its token and, when recorded, the user's objectId. */
export interface RememberedSession {
  token: string;
  objectId: string | null;
}

/**
 * The session stored under `storageKey` (the SDK's JSON `{"user-token","current-user-id",…}`), or null when there
 * is none. An unreadable record is the runtime's business (it reads it as "nobody"), so it is null here too.
 */
export function rememberedSession(storageKey: string): RememberedSession | null {
  try {
    const record = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Record<string, unknown> | null;
    const token = record?.['user-token'];
    if (typeof token !== 'string' || !token) return null;
    const objectId = record?.['current-user-id'];
    return { token, objectId: typeof objectId === 'string' ? objectId : null };
  } catch {
    return null;
  }
}
