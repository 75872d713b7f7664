import { Button, Field, Input, makeStyles, ProgressBar, Spinner, tokens } from '@fluentui/react-components';
import type { RefreshStage } from '../desk';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  date: { minWidth: '160px' },
  progress: { flexBasis: '100%' },
});

export interface RefreshBarProps {
  /** YYYY-MM-DD, as a date input holds it. */
  asOf: string;
  onAsOfChange(value: string): void;
  stage: RefreshStage | null;
  disabled: boolean;
  onRefresh(): void;
}

export function RefreshBar({ asOf, onAsOfChange, stage, disabled, onRefresh }: RefreshBarProps) {
  const strings = useStrings();
  const styles = useStyles();
  const running = stage !== null;
  return (
    <div className={styles.bar}>
      <Field label={strings.asOf} hint={strings.asOfHint} className={styles.date} validationState={asOf === '' ? 'error' : 'none'}>
        <Input type="date" value={asOf} onChange={(_, data) => onAsOfChange(data.value)} required />
      </Field>
      {/* disabledFocusable while running keeps keyboard focus on the button instead of dropping it. */}
      <Button
        appearance="primary"
        disabled={disabled && !running}
        disabledFocusable={running}
        aria-busy={running}
        icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}
        onClick={onRefresh}
      >
        {strings.refreshAging}
      </Button>
      {running && (
        <Field className={styles.progress} validationMessage={strings.stage[stage]} validationState="none">
          <ProgressBar aria-label={strings.stage[stage]} />
        </Field>
      )}
    </div>
  );
}
