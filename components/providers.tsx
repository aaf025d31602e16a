'use client';
import * as React from 'react';
import { useServerInsertedHTML } from 'next/navigation';
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  teamsHighContrastTheme,
  type Theme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { ThemeModeProvider, type ThemeMode } from './theme-mode';
import { useGlobalStyles, useProvidersStyles } from './providers.styles';

const THEMES: Record<ThemeMode, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

/** Fluent UI with server-rendered styles (the variant that resets the renderer per flush). */
export function Providers({ children }: { children: React.ReactNode }) {
  const [renderer] = React.useState(() => createDOMRenderer());

  useServerInsertedHTML(() => {
    // Each flush returns all CSS collected so far; resetting makes the next flush emit only the delta.
    const styles = renderToStyleElements(renderer);
    renderer.stylesheets = {};
    return <>{styles}</>;
  });

  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <ThemeModeProvider>{(mode) => <ThemedRoot theme={THEMES[mode]}>{children}</ThemedRoot>}</ThemeModeProvider>
      </SSRProvider>
    </RendererProvider>
  );
}

function ThemedRoot({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  useGlobalStyles();
  const styles = useProvidersStyles();
  return (
    <FluentProvider theme={theme}>
      {/* Not a FluentProvider className: Fluent copies that onto every portal (menus, toasts), each 100vh tall. */}
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}
