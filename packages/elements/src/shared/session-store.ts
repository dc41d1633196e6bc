/**
 * Opt-in persistence in sessionStorage (survives a reload, not a closed tab). Storage can be
 * missing or refuse (private modes, quotas, sandboxed frames): every call fails quietly.
 */
const PREFIX = 'scanwise:';

export function loadSession(key: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function saveSession(key: string, value: string): void {
  try {
    globalThis.sessionStorage?.setItem(PREFIX + key, value);
  } catch {
    /* storage refused: the answers stay in memory */
  }
}

export function clearSession(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  } catch {
    /* nothing stored */
  }
}
