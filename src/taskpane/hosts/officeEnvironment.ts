import type { ThemeName, ThemeSource } from '../theme';
import { browserTheme } from './browserEnvironment';

/** Relative luminance of "#rrggbb" (WCAG), 0 = black, 1 = white; null for anything else. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Light or dark from the Office theme's body background (Windows and Mac Office report one);
 * where Office reports none (Excel on the web), the browser's colour scheme.
 */
export function officeTheme(): ThemeSource {
  const fallback = browserTheme();
  const read = (): ThemeName | null => {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    const l = background ? luminance(background) : null;
    return l === null ? null : l < 0.4 ? 'dark' : 'light';
  };
  return {
    current: () => read() ?? fallback.current(),
    subscribe: fallback.subscribe,
  };
}

export function officeLanguage(): string {
  return Office.context.displayLanguage || navigator.language;
}
