'use client';
import * as React from 'react';

export type ThemeMode = 'light' | 'dark';

const STORAGE_KEY = 'cloud-pki-portal.theme';

interface ThemeModeContextValue {
  mode: ThemeMode;
  toggleMode: () => void;
}

const ThemeModeContext = React.createContext<ThemeModeContextValue | null>(null);

/** Light/dark choice, remembered in localStorage. The server always renders light: it can't see the choice. */
export function ThemeModeProvider({ children }: { children: (mode: ThemeMode) => React.ReactNode }) {
  const [mode, setMode] = React.useState<ThemeMode>('light');

  React.useEffect(() => {
    // Read after hydration so the first client render matches the server HTML.
    if (window.localStorage.getItem(STORAGE_KEY) === 'dark') setMode('dark');
  }, []);

  const value = React.useMemo<ThemeModeContextValue>(
    () => ({
      mode,
      toggleMode: () =>
        setMode((current) => {
          const next = current === 'dark' ? 'light' : 'dark';
          window.localStorage.setItem(STORAGE_KEY, next);
          return next;
        }),
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
