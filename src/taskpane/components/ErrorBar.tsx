import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { DeskError } from '../deskError';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  todo: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, wordBreak: 'break-word' },
});

/** A failure, in words: what happened, what to do, and the exact message underneath. */
export function ErrorBar({ error, onDismiss }: { error: DeskError; onDismiss(): void }) {
  const strings = useStrings();
  const styles = useStyles();
  const text = strings.errors[error.code];
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        <span className={styles.todo}>{text.todo}</span>
        {error.detail && <span className={styles.detail}>{error.detail}</span>}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
