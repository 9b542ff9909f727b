/**
 * Aligned plain-text tables.
 *
 * @module
 */

/** Column alignment. */
export type Align = 'left' | 'right';

/**
 * Formats rows of cells as an aligned text table (first row is the header).
 * Numbers should be formatted by the caller; cells are padded to the widest.
 *
 * @example
 * textTable([['term', 'estimate'], ['x1', '0.81']], ['left', 'right']);
 */
export function textTable(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, j) => (widths[j] = Math.max(widths[j] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, j) => {
          const pad = ' '.repeat(widths[j]! - [...cell].length);
          return align[j] === 'left' ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Formats a number with `digits` significant digits, as R prints a table
 * column (fixed notation for moderate magnitudes, scientific otherwise).
 *
 * @example
 * formatNumber(0.000123456, 4); // "0.0001235"
 */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e6) return Number(x.toPrecision(digits)).toString();
  return x.toExponential(digits - 1);
}

/**
 * Formats a p-value as R's `format.pval`: values below `eps` print as `< eps`.
 *
 * @example
 * formatPValue(1e-20); // "< 2e-16"
 */
export function formatPValue(p: number, eps = 2e-16): string {
  if (p < eps) return `< ${eps.toExponential(0)}`;
  return p < 1e-4 ? p.toExponential(1) : formatNumber(p, 3);
}

/**
 * Significance mark of a p-value, as R's `summary.lm`:
 * `***` < 0.001 ≤ `**` < 0.01 ≤ `*` < 0.05 ≤ `.` < 0.1.
 *
 * @example
 * significanceMark(0.003); // "**"
 */
export function significanceMark(p: number): string {
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : p < 0.1 ? '.' : '';
}

/**
 * A p-value as the end of a sentence "p …": `"< 2e-16"` or `"= 0.0312"`.
 *
 * @example
 * `p ${pValueClause(0.03)}`; // "p = 0.03"
 */
export function pValueClause(p: number): string {
  const s = formatPValue(p);
  return s.startsWith('<') ? s : `= ${s}`;
}
