'use client';
import * as React from 'react';

export const THEME_MODES = ['light', 'dark', 'highContrast'] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

const STORAGE_KEY = 'cloud-pki-portal.theme';

interface ThemeModeContextValue {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}

const ThemeModeContext = React.createContext<ThemeModeContextValue | null>(null);

export function isThemeMode(value: unknown): value is ThemeMode {
  return THEME_MODES.includes(value as ThemeMode);
}

/** Light, dark or high-contrast choice, remembered in localStorage. The server always renders light: it can't see the choice. */
export function ThemeModeProvider({ children }: { children: (mode: ThemeMode) => React.ReactNode }) {
  const [mode, setModeState] = React.useState<ThemeMode>('light');

  React.useEffect(() => {
    // Read after hydration so the first client render matches the server HTML.
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isThemeMode(stored)) setModeState(stored);
  }, []);

  const value = React.useMemo<ThemeModeContextValue>(
    () => ({
      mode,
      setMode: (next) => {
        window.localStorage.setItem(STORAGE_KEY, next);
        setModeState(next);
      },
    }),
    [mode],
  );

  return <ThemeModeContext.Provider value={value}>{children(mode)}</ThemeModeContext.Provider>;
}

export function useThemeMode(): ThemeModeContextValue {
  const value = React.useContext(ThemeModeContext);
  if (!value) throw new Error('useThemeMode must be used inside <Providers>');
  return value;
}
