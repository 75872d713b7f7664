import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FIELDS, type Field as InvoiceField } from '../../domain/fields';
import type { ColumnOverrides, DeskRun } from '../desk';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface MappingViewProps {
  run: DeskRun | null;
  overrides: ColumnOverrides;
  busy: boolean;
  /** Stores the overrides (as the policy's `columns`) and refreshes with them. */
  onApply(overrides: ColumnOverrides): void;
}

/** Which header became which field, and the user's own choice where the automatic one is wrong. */
export function MappingView({ run, overrides, busy, onApply }: MappingViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<ColumnOverrides>(overrides);
  useEffect(() => setDraft(overrides), [overrides]);
  if (!run) return <Text className={styles.muted}>{strings.columnsEmpty}</Text>;
  const { columns } = run.result.source;
  // A saved override whose header has since been renamed still shows, so it can be cleared.
  const headers = [...new Set([...run.headers, ...Object.values(draft).filter((h): h is string => typeof h === 'string')])];
  const choose = (field: InvoiceField, header: string) => {
    const next: ColumnOverrides = { ...draft };
    if (header === '') delete next[field];
    else next[field] = header;
    setDraft(next);
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <Text size={200}>{strings.columnsIntro}</Text>
      <div className={styles.grid}>
        {FIELDS.map((field) => (
          <Field key={field} label={strings.fields[field]} hint={`${strings.readFrom}: ${columns[field] ?? strings.notFound}`}>
            <Select value={draft[field] ?? ''} onChange={(_, data) => choose(field, data.value)}>
              <option value="">{strings.automatic}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {strings.applyColumns}
        </Button>
        <Button disabled={busy || Object.keys(draft).length === 0} onClick={() => onApply({})}>
          {strings.resetColumns}
        </Button>
      </div>
    </form>
  );
}
