import type { ThemeName, ThemeSource } from '../theme';

/** Light or dark as the browser's colour scheme says, following it live. */
export function browserTheme(): ThemeSource {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  return {
    current: (): ThemeName => (query?.matches ? 'dark' : 'light'),
    subscribe(listener) {
      query?.addEventListener('change', listener);
      return () => query?.removeEventListener('change', listener);
    },
  };
}

export function browserLanguage(): string {
  return navigator.language;
}
