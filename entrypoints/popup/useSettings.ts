import { useCallback, useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

/** The stored settings, live (another popup or the options page may change them). */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void getSettings().then((value) => alive && setSettings(value));
    const unwatch = watchSettings((value) => alive && setSettings(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    const next = await updateSettings(patch);
    setSettings(next);
    return next;
  }, []);
  return { settings, update };
}
