/**
 * The Outlook adapter's parts the pane delivers drafts with: one lazy chunk ("outlook"),
 * fetched when the first drafts are shown, so the pane's first download does not carry it.
 */
export { copyDraft } from '../../../adapters/outlook/copyDraft';
export { clipboardDom } from '../../../adapters/outlook/dom/clipboardDom';
export { draftToEml } from '../../../adapters/outlook/emlDraft';
export { MAILTO_BUDGET, mailtoLink } from '../../../adapters/outlook/mailtoLink';
