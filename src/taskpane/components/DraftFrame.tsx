import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  frame: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // A message is black on white wherever it is read, so the preview stays so in a dark pane.
    backgroundColor: '#ffffff',
    resize: 'vertical',
  },
  email: { height: '320px' },
  letter: { height: '440px' },
});

/**
 * Nothing in a preview may load or run: no scripts (the sandbox), no requests (the policy), only
 * the inline styles the drafts carry and images written into them.
 */
const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

/** An email's HTML fragment as a page of its own, white like a mail window; a letter is a page already. */
export function previewDocument(html: string, kind: 'email' | 'letter', language: string): string {
  if (kind === 'letter') {
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${POLICY}`) : `${POLICY}\n${html}`;
  }
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : 'und';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8">${POLICY}<meta name="color-scheme" content="light">`,
    '<style>html{background:#ffffff}body{margin:12px}</style></head>',
    `<body>${html}</body>`,
    '</html>',
  ].join('\n');
}

export interface DraftFrameProps {
  html: string;
  kind: 'email' | 'letter';
  language: string;
  /** The frame's accessible name. */
  title: string;
  id?: string;
}

/**
 * A draft's HTML shown as the customer will see it, in a frame that is sandboxed with no
 * permissions at all: no script runs, no form submits, no link opens a window, and the page
 * has no access to the pane (a unique origin). The templates escape every sheet value; this
 * keeps the pane safe even from a hand-written template.
 */
export function DraftFrame({ html, kind, language, title, id }: DraftFrameProps) {
  const styles = useStyles();
  return (
    <iframe
      id={id}
      className={`${styles.frame} ${kind === 'letter' ? styles.letter : styles.email}`}
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={previewDocument(html, kind, language)}
      title={title}
    />
  );
}
