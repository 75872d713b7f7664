export type ThemeName = 'light' | 'dark';

/** Where the pane learns light or dark: the Office theme, or the browser's colour scheme. */
export interface ThemeSource {
  current(): ThemeName;
  /** Calls back when the theme changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A theme that never changes (tests, hosts that cannot tell). */
export const fixedTheme = (name: ThemeName): ThemeSource => ({ current: () => name, subscribe: () => () => undefined });
