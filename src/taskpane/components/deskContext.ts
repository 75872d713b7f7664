import { createContext, useContext } from 'react';
import type { Deliveries } from '../deliveries';
import type { Desk } from '../desk';
import type { Strings } from '../i18n/strings';

/** The use cases, bound to the host by the composition root. */
export const DeskContext = createContext<Desk | null>(null);
export const StringsContext = createContext<Strings | null>(null);
/** How drafts leave the pane; null where the composition root wires no deliveries (no draft previews then). */
export const DeliveriesContext = createContext<Deliveries | null>(null);

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

export function useDeliveries(): Deliveries | null {
  return useContext(DeliveriesContext);
}
