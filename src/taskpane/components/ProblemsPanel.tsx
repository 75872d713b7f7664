import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RefreshResult, SheetIssue } from '../../app/refresh';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  muted: { color: tokens.colorNeutralForeground2 },
  go: { alignSelf: 'flex-start' },
});

export interface ProblemsPanelProps {
  result: RefreshResult | null;
  /** Selects the cell in the workbook; absent where there is no sheet to show (the browser). */
  goToCell?: (sheet: string, row: number, column: string) => Promise<void>;
  onError(error: unknown): void;
}

/** Every row the engine could not read as it stands, with the raw value and the reason. */
export function ProblemsPanel({ result, goToCell, onError }: ProblemsPanelProps) {
  const strings = useStrings();
  const styles = useStyles();
  if (!result) return <Text className={styles.muted}>{strings.problemsEmpty}</Text>;
  const skipped = result.reading.skipped.length;
  const go = (issue: SheetIssue) => goToCell?.(issue.sheet, issue.row, issue.column).catch(onError);
  return (
    <div>
      {result.issues.length === 0 ? (
        <Text>{strings.problemsNone}</Text>
      ) : (
        <ul className={styles.list} aria-label={strings.problemsCount(result.issues.length)}>
          {result.issues.map((issue, index) => {
            const where = strings.cell(issue.sheet, issue.row, issue.column);
            return (
              <li key={`${issue.sheet}-${issue.row}-${issue.column}-${index}`} className={styles.item}>
                <Text size={200} className={styles.where}>{where}</Text>
                <Text size={200}>{issue.message}</Text>
                {issue.value !== '' && (
                  <Text size={200}>
                    <span className={styles.muted}>{strings.rawValue}: </span>
                    <span className={styles.value}>{issue.value}</span>
                  </Text>
                )}
                {goToCell && (
                  <Button size="small" className={styles.go} aria-label={`${strings.goToCell}: ${where}`} onClick={() => go(issue)}>
                    {strings.goToCell}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {skipped > 0 && (
        <Text as="p" size={200} className={styles.muted}>
          {strings.skippedRows(skipped)}
        </Text>
      )}
    </div>
  );
}
