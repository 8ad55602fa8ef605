import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * Full-width chart area of a fixed height. The initial width lets the chart draw before the
 * first resize measurement (and in test DOMs, which never measure).
 */
export function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
