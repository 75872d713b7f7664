import { makeStyles, tokens } from '@fluentui/react-components';
import { bucketLabel, formatAmount } from '../format';
import { useStrings } from './deskContext';

/** Green for current through red for the oldest; theme tokens, so dark mode gets its own shades. */
const PALETTE = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteBerryBackground3,
];

const WIDTH = 300;
const HEIGHT = 96;
const LABEL = 16;

const useStyles = makeStyles({
  chart: { width: '100%', maxWidth: `${WIDTH * 1.4}px`, height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '9px' },
});

export function bucketColor(index: number, count: number): string {
  const at = count <= 1 ? 0 : Math.round((index * (PALETTE.length - 1)) / (count - 1));
  return PALETTE[at];
}

export interface AgingChartProps {
  currency: string;
  bucketIds: readonly string[];
  /** Minor units per bucket. */
  totals: readonly number[];
}

/**
 * A column per bucket, scaled to the largest. Plain SVG: a chart library would outweigh the whole
 * pane. The picture is described in words for screen readers; the table beside it has the numbers.
 */
export function AgingChart({ currency, bucketIds, totals }: AgingChartProps) {
  const strings = useStrings();
  const styles = useStyles();
  const max = Math.max(1, ...totals);
  const slot = WIDTH / bucketIds.length;
  const barWidth = slot * 0.7;
  const plot = HEIGHT - LABEL;
  const description = bucketIds.map((id, i) => `${bucketLabel(id, strings)}: ${formatAmount(totals[i], currency, strings.locale)}`).join('; ');
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${strings.chartLabel(currency)}. ${description}`}>
      {bucketIds.map((id, i) => {
        const height = totals[i] > 0 ? Math.max(2, (totals[i] / max) * (plot - 4)) : 0;
        const x = i * slot + (slot - barWidth) / 2;
        return (
          <g key={id}>
            <rect x={x} y={plot - height} width={barWidth} height={height} rx={2} fill={bucketColor(i, bucketIds.length)} data-bucket={id} />
            <text x={x + barWidth / 2} y={HEIGHT - 4} textAnchor="middle" className={styles.label}>
              {id === 'current' ? strings.bucketCurrent : id.replace('over-', '>')}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={plot} y2={plot} className={styles.axis} />
    </svg>
  );
}
