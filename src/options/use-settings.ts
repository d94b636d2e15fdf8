import { useEffect, useRef, useState } from 'preact/hooks';
import { settingsItem } from '../platform/settings.ts';
import { SettingsSchema, type Settings } from '../shared/settings-schema.ts';

export type SaveState = 'idle' | 'saved' | 'invalid' | 'error';

/**
 * The settings as the options page edits them: loaded once, kept in sync with other pages, and
 * saved on every change after validation (a value the schema rejects is not stored).
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    void settingsItem.get().then((s) => {
      if (!live) return;
      latest.current = s;
      setSettings(s);
    });
    const stop = settingsItem.watch((s) => {
      latest.current = s;
      setSettings(s);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const update = (change: (current: Settings) => Settings) => {
    const current = latest.current;
    if (!current) return;
    const next = change(current);
    latest.current = next;
    setSettings(next);
    // zod/mini's catch() would quietly repair a bad field; save only what validates as given.
    const strict = SettingsSchema.safeParse(next);
    if (!strict.success || stableJson(strict.data) !== stableJson(next)) {
      setSaveState('invalid');
      return;
    }
    settingsItem.set(next).then(() => setSaveState('saved'), () => setSaveState('error'));
  };

  return { settings, update, saveState };
}

/** JSON with object keys sorted, so two equal values compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
