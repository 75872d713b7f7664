import { createContext, useContext } from 'react';
import type { Desk } from '../desk';
import type { Strings } from '../i18n/strings';

/** The use cases, bound to the host by the composition root. */
export const DeskContext = createContext<Desk | null>(null);
export const StringsContext = createContext<Strings | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('[dunning-desk] useDesk outside <Shell>: the composition root provides the desk');
  return desk;
}

export function useStrings(): Strings {
  const strings = useContext(StringsContext);
  if (!strings) throw new Error('[dunning-desk] useStrings outside <Shell>: the composition root provides the strings');
  return strings;
}
