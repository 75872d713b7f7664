import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import type { Draft } from '../../domain/draft';
import type { Action } from '../../domain/planActions';
import type { LocalDate } from '../../domain/localDate';
import type { Deliveries } from '../deliveries';
import type { Desk } from '../desk';
import type { Strings } from '../i18n/strings';
import type { ThemeSource } from '../theme';
import { App } from './App';
import { DeliveriesContext, DeskContext, StringsContext } from './deskContext';

const useStyles = makeStyles({
  root: { minHeight: '100vh' },
});

export interface ShellProps {
  desk: Desk;
  strings: Strings;
  theme: ThemeSource;
  /** The host's today; the engine itself has no "today". */
  today: LocalDate;
  /** How drafts leave the pane (copy, mail link, files, Outlook drafts); without it no draft previews are shown. */
  deliveries?: Deliveries;
  /** Renders an action's draft slot in place of the built-in draft preview. */
  draftFor?: (action: Action, draft: Draft | null) => ReactNode;
}

/** The root of the pane: theme, language and use cases, then the app. */
export function Shell({ desk, strings, theme, today, deliveries, draftFor }: ShellProps) {
  const styles = useStyles();
  const themeName = useSyncExternalStore(theme.subscribe, theme.current);
  return (
    // colorScheme makes the browser's own parts (the date picker, scroll bars) follow the theme too.
    <FluentProvider
      theme={themeName === 'dark' ? webDarkTheme : webLightTheme}
      className={styles.root}
      style={{ colorScheme: themeName }}
      lang={strings.locale}
      data-theme={themeName}
    >
      <StringsContext.Provider value={strings}>
        <DeskContext.Provider value={desk}>
          <DeliveriesContext.Provider value={deliveries ?? null}>
            <App today={today} draftFor={draftFor} />
          </DeliveriesContext.Provider>
        </DeskContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
