/// <reference types="office-js" />
import type { ExcelApi } from './excelApi';

/**
 * The real Excel, for the task pane and the ribbon command: the one place that reads the
 * `Excel` and `Office` globals. Everything else in the adapter takes an `ExcelApi`, so tests and
 * the benchmark hand it the strict in-memory Excel instead.
 *
 * This file also keeps `excelApi.ts` honest: `batch(context)` passes office.js's own
 * `Excel.RequestContext` where our structural `ExcelContext` is expected, so the build fails
 * (tsconfig.web.json) if any type we rely on differs from the real API.
 * Call it after `Office.onReady`.
 */
export function excelHost(): ExcelApi {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
