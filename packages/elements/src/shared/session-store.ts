import { localeText, type Locale } from '@scanwise/core';
import type { SdmProblem } from './events.js';

/**
 * Opt-in persistence in sessionStorage (survives a reload, not a closed tab). Storage can be
 * missing or refuse (private modes, quotas, sandboxed frames): no call ever throws. Reading and
 * saving say whether the storage worked, so a component can report it (a warning).
 */
const PREFIX = 'scanwise:';

/** What was kept under a key: `value` null when nothing was; `ok` false when storage could not be read. */
export type Loaded = { ok: true; value: string | null } | { ok: false };

export function loadSession(key: string): Loaded {
  try {
    return { ok: true, value: globalThis.sessionStorage?.getItem(PREFIX + key) ?? null };
  } catch {
    return { ok: false };
  }
}

/** Keeps a copy; false when storage refused (the value stays in memory only). */
export function saveSession(key: string, value: string): boolean {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return false;
    storage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

export function clearSession(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  } catch {
    /* nothing stored */
  }
}

/**
 * A component's opt-in copy (`persist="key"`): read once when it connects, saved after each
 * change, cleared when the work is done (completion, form submit, reset). It remembers why the
 * copy failed, so the component can report it (`problem()`, a warning): storage that throws or
 * holds text the component cannot read (it then starts empty, and the bad copy is removed), or
 * storage that refuses a copy.
 */
export class SessionCopy {
  private failure: 'unreadable' | 'unavailable' | null = null;

  /**
   * What was kept under `key`, read by `read` (null when it cannot be read), or null when
   * nothing usable was kept. Never throws, even if `read` does.
   */
  load<T>(key: string, read: (text: string) => T | null): T | null {
    const loaded = loadSession(key);
    if (!loaded.ok) {
      this.failure = 'unreadable';
      return null;
    }
    if (loaded.value === null) return null;
    let value: T | null;
    try {
      value = read(loaded.value);
    } catch {
      value = null;
    }
    if (value === null) {
      this.failure = 'unreadable';
      clearSession(key);
    }
    return value;
  }

  save(key: string, value: string): void {
    if (saveSession(key, value)) {
      if (this.failure === 'unavailable') this.failure = null;
    } else this.failure = 'unavailable';
  }

  clear(key: string): void {
    clearSession(key);
    if (this.failure === 'unreadable') this.failure = null;
  }

  /** The warning to report while the copy failed, in the locale's words; else null. */
  problem(field: string, locale: Locale): SdmProblem | null {
    if (!this.failure) return null;
    const t = localeText(locale).messages.problems;
    return {
      code: this.failure === 'unreadable' ? 'persist-unreadable' : 'persist-unavailable',
      field,
      message: this.failure === 'unreadable' ? t.storageUnreadable : t.storageUnavailable,
    };
  }
}
