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
import { z } from 'zod';
import { ThemeModeProvider, type ThemeMode } from './theme-mode';
import { useGlobalStyles, useProvidersStyles } from './providers.styles';

// zod 4 compiles object parsers with `new Function` when it may; the pages' policy forbids eval, and its probe
// alone would be reported as a violation. Set before any schema parses (this module loads first on every page).
z.config({ jitless: true });

const THEMES: Record<ThemeMode, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

/**
 * Fluent UI with server-rendered styles (the variant that resets the renderer per flush). `nonce` is the page's CSP
 * style nonce: Griffel and FluentProvider put it on every <style> they render on the server or create in the
 * browser. The first one is kept: the document's policy is the one it was loaded with.
 */
export function Providers({ nonce, children }: { nonce: string | undefined; children: React.ReactNode }) {
  const [renderer] = React.useState(() =>
    createDOMRenderer(typeof document === 'undefined' ? undefined : document, nonce ? { styleElementAttributes: { nonce } } : {}),
  );

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
