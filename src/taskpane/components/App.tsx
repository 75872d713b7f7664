import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useId, useState } from 'react';
import { formatIsoDate, type LocalDate, parseIsoDate } from '../../domain/localDate';
import type { Draft } from '../../domain/draft';
import type { Action } from '../../domain/planActions';
import type { ColumnOverrides, DeskRun, RefreshStage } from '../desk';
import { type DeskError, toDeskError } from '../deskError';
import { ActionsView } from './ActionsView';
import { useDesk, useStrings } from './deskContext';
import { ErrorBar } from './ErrorBar';
import { MappingView } from './MappingView';
import { ProblemsPanel } from './ProblemsPanel';
import { RefreshBar } from './RefreshBar';
import { SummaryView } from './SummaryView';
import { WorkbookBar } from './WorkbookBar';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '720px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  tagline: { color: tokens.colorNeutralForeground2 },
  status: { color: tokens.colorNeutralForeground2 },
  panel: { paddingTop: tokens.spacingVerticalS },
  // Task panes are ~320px wide: tabs wrap rather than push the page sideways.
  tabs: { flexWrap: 'wrap' },
});

type View = 'actions' | 'summary' | 'problems' | 'columns';
const VIEWS: readonly View[] = ['actions', 'summary', 'problems', 'columns'];

export interface AppProps {
  today: LocalDate;
  draftFor?: (action: Action, draft: Draft | null) => ReactNode;
}

/** The pane: refresh controls on top, then the views of the last refresh. */
export function App({ today, draftFor }: AppProps) {
  const desk = useDesk();
  const strings = useStrings();
  const styles = useStyles();
  const ids = useId();
  const [asOf, setAsOf] = useState(formatIsoDate(today));
  const [stage, setStage] = useState<RefreshStage | null>(null);
  const [opening, setOpening] = useState(false);
  const [run, setRun] = useState<DeskRun | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const [workbook, setWorkbook] = useState<string | null>(null);
  const [downloadReady, setDownloadReady] = useState(false);
  const [columns, setColumns] = useState<ColumnOverrides>({});
  const [view, setView] = useState<View>('actions');

  useEffect(() => {
    let live = true;
    desk.loadColumns().then((saved) => live && setColumns(saved), (e: unknown) => live && setError(toDeskError(e)));
    return () => {
      live = false;
    };
  }, [desk]);

  const asOfDate = parseIsoDate(asOf);
  const busy = stage !== null || opening;
  const needsWorkbook = desk.mode === 'browser' && workbook === null;

  const refresh = useCallback(
    async (overrides: ColumnOverrides) => {
      if (asOfDate === null) return;
      setError(null);
      setStage('reading');
      try {
        setRun(await desk.refresh({ asOf: asOfDate, columns: overrides }, setStage));
        setDownloadReady(desk.mode === 'browser');
      } catch (e) {
        setError(toDeskError(e));
      } finally {
        setStage(null);
      }
    },
    [desk, asOfDate],
  );

  const open = async (file: File) => {
    if (!desk.openWorkbook) return;
    setError(null);
    setOpening(true);
    try {
      setWorkbook(await desk.openWorkbook(file));
      // A new workbook: the previous results no longer describe what is open.
      setRun(null);
      setDownloadReady(false);
    } catch (e) {
      setError(toDeskError(e));
    } finally {
      setOpening(false);
    }
  };

  const download = async () => {
    if (!desk.downloadWorkbook) return;
    setError(null);
    try {
      await desk.downloadWorkbook();
    } catch (e) {
      setError(toDeskError(e));
    }
  };

  const applyColumns = async (next: ColumnOverrides) => {
    setColumns(next);
    try {
      await desk.saveColumns(next);
    } catch (e) {
      setError(toDeskError(e));
      return;
    }
    await refresh(next);
  };

  const result = run?.result;
  const tabLabel: Record<View, string> = {
    actions: result ? `${strings.tabs.actions} (${result.plan.actions.length})` : strings.tabs.actions,
    summary: strings.tabs.summary,
    problems: result ? `${strings.tabs.problems} (${result.issues.length})` : strings.tabs.problems,
    columns: strings.tabs.columns,
  };

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
        <Text size={200} className={styles.tagline}>{strings.tagline}</Text>
      </header>
      {desk.mode === 'browser' && (
        <WorkbookBar workbook={workbook} busy={busy} downloadReady={downloadReady} onOpen={open} onDownload={download} />
      )}
      <RefreshBar asOf={asOf} onAsOfChange={setAsOf} stage={stage} disabled={busy || needsWorkbook || asOfDate === null} onRefresh={() => refresh(columns)} />
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      <Text role="status" size={200} className={styles.status}>
        {result && stage === null ? strings.refreshed(result.reading.invoices.length, result.source.sheet, result.source.headerRow) : ''}
      </Text>
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(VIEWS.find((v) => v === data.value) ?? 'actions')} aria-label={strings.tabs.views} size="small" className={styles.tabs}>
        {VIEWS.map((v) => (
          <Tab key={v} value={v} id={`${ids}-tab-${v}`} aria-controls={`${ids}-panel`}>
            {tabLabel[v]}
          </Tab>
        ))}
      </TabList>
      <section role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${view}`} className={styles.panel}>
        {view === 'actions' && <ActionsView result={result ?? null} draftFor={draftFor} />}
        {view === 'summary' && <SummaryView result={result ?? null} />}
        {view === 'problems' && <ProblemsPanel result={result ?? null} goToCell={desk.goToCell} onError={(e) => setError(toDeskError(e))} />}
        {view === 'columns' && <MappingView run={run} overrides={columns} busy={busy} onApply={applyColumns} />}
      </section>
    </main>
  );
}
