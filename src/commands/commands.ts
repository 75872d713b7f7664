/**
 * The ribbon's "Refresh aging" function command: the same refresh as the pane's button, without
 * opening the pane, then a notice of the outcome. A composition root like taskpane/index.tsx.
 */
import { createDesk } from '../taskpane/desk';
import { toDeskError } from '../taskpane/deskError';
import { createOfficeHost } from '../taskpane/hosts/officeHost';
import { today } from '../taskpane/hosts/today';
import { pickStrings } from '../taskpane/i18n/pickStrings';
import type { Strings } from '../taskpane/i18n/strings';
import { notify } from './notify';

export async function refreshAgingMessage(strings: Strings): Promise<string> {
  try {
    const desk = createDesk(createOfficeHost());
    const { result } = await desk.refresh({ asOf: today(), columns: await desk.loadColumns() });
    return strings.commandDone(result.plan.actions.length, result.reading.invoices.length, result.issues.length);
  } catch (e) {
    const error = toDeskError(e);
    const text = strings.errors[error.code];
    return `${strings.commandFailed}. ${text.title}. ${text.todo}${error.detail ? ` (${error.detail})` : ''}`;
  }
}

async function refreshAging(event: Office.AddinCommands.Event): Promise<void> {
  const strings = pickStrings(Office.context.displayLanguage);
  try {
    await notify(await refreshAgingMessage(strings), strings);
  } finally {
    // Office shows the command as running until this is called, whatever happened.
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('refreshAging', (event: Office.AddinCommands.Event) => {
    void refreshAging(event);
  });
});
