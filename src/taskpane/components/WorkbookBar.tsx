import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface WorkbookBarProps {
  workbook: string | null;
  busy: boolean;
  downloadReady: boolean;
  onOpen(file: File): void;
  onDownload(): void;
}

/** Standalone browser mode only: the workbook comes from a file and goes back as a download. */
export function WorkbookBar({ workbook, busy, downloadReady, onOpen, onDownload }: WorkbookBarProps) {
  const strings = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar} role="group" aria-label={strings.openWorkbook}>
      <div className={styles.buttons}>
        <Button appearance={workbook ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          {strings.openWorkbook}
        </Button>
        <Button disabled={busy || !downloadReady} onClick={onDownload} title={strings.downloadHint}>
          {strings.downloadWorkbook}
        </Button>
      </div>
      {/* Hidden: the button above is the labelled, focusable control that opens it. */}
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        tabIndex={-1}
        aria-label={strings.openWorkbook}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again (after editing it) still fires.
          event.currentTarget.value = '';
          if (file) onOpen(file);
        }}
      />
      <Text size={200} className={styles.hint}>
        {workbook ? strings.openedWorkbook(workbook) : `${strings.noWorkbook} ${strings.openWorkbookHint}`}
      </Text>
    </div>
  );
}
