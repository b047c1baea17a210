// A small trend of different staff per month: bars with their value printed on them, so the chart
// reads without colour; the same figures as a table for screen readers.
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.layer.css';
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContinuityPoint } from '../../domain/continuity';

const round = (value: number) => Math.round(value * 10) / 10;

export function ContinuityTrendChart({ points, label }: { points: ContinuityPoint[]; label: string }) {
  const { t } = useTranslation('roster');
  const data = points.map((point) => ({
    month: point.month.slice(5) + '-' + point.month.slice(0, 4),
    staff: round(point.staff),
    familiar: point.familiarShare === undefined ? 0 : Math.round(point.familiarShare * 100),
  }));
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <BarChart
        h={160}
        data={data}
        dataKey="month"
        series={[{ name: 'staff', label: t('continuity.staffPerMonth'), color: 'teal.7' }]}
        withBarValueLabel
        withTooltip={false}
        gridAxis="none"
        // Hidden from screen readers (the table below says the same), so not focusable either.
        barChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <VisuallyHidden>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th>{t('continuity.month')}</th>
              <th>{t('continuity.staffPerMonth')}</th>
              <th>{t('continuity.familiarShare')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.month}>
                <td>{row.month}</td>
                <td>{row.staff}</td>
                <td>{row.familiar}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
