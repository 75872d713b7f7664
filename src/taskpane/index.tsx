/**
 * The task pane's composition root: loads office.js, decides where the pane runs, and wires the
 * host into the pane. The only files that may touch Office globals or adapters are this one and
 * hosts/ (eslint.config.mjs enforces it).
 */
import { bootOffice } from './hosts/bootOffice';
import { startPane } from './hosts/startPane';

/** Long enough for a slow network; short enough that an offline page does not look broken. */
const OFFICE_TIMEOUT_MS = 6000;

const root = document.getElementById('root');
if (root) void bootOffice(OFFICE_TIMEOUT_MS).then((host) => startPane(root, host));
