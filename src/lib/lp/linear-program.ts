/**
 * A linear or mixed-integer programme built in code and written as CPLEX LP text, the
 * format HiGHS reads. Variables and rows get short generated names (x0, r0...) so the
 * text stays small; callers keep the indices and label things themselves.
 */

export interface VariableOptions {
  lower?: number;
  upper?: number;
  integer?: boolean;
}

export type Terms = Map<number, number>;

interface Row {
  terms: Terms;
  lower: number;
  upper: number;
}

export class LinearProgram {
  private readonly lowers: number[] = [];
  private readonly uppers: number[] = [];
  private readonly integers: boolean[] = [];
  private readonly rows: Row[] = [];

  get variableCount(): number {
    return this.lowers.length;
  }

  get hasIntegers(): boolean {
    return this.integers.includes(true);
  }

  get rowCount(): number {
    return this.rows.length;
  }

  addVariable(opts: VariableOptions = {}): number {
    this.lowers.push(opts.lower ?? 0);
    this.uppers.push(opts.upper ?? Infinity);
    this.integers.push(opts.integer ?? false);
    return this.lowers.length - 1;
  }

  bounds(i: number): [number, number] {
    return [this.lowers[i], this.uppers[i]];
  }

  setBounds(i: number, lower: number, upper: number): void {
    this.lowers[i] = lower;
    this.uppers[i] = upper;
  }

  isInteger(i: number): boolean {
    return this.integers[i];
  }

  setInteger(i: number, integer: boolean): void {
    this.integers[i] = integer;
  }

  /** lower ≤ Σ coef·x ≤ upper. Rows with no terms are checked here, not sent to the solver. */
  addRow(terms: Terms, lower: number, upper: number): number | null {
    const kept = new Map([...terms].filter(([, c]) => c !== 0));
    if (kept.size === 0) {
      if (lower > 1e-9 || upper < -1e-9) throw new Error(`an empty row cannot satisfy ${lower} ≤ 0 ≤ ${upper}`);
      return null;
    }
    this.rows.push({ terms: kept, lower, upper });
    return this.rows.length - 1;
  }

  /** The model as HiGHS's column arrays and a row-wise (CSR) sparse matrix. */
  toArrays(objective: Terms, infinity: number) {
    const inf = (x: number) => (x === Infinity ? infinity : x === -Infinity ? -infinity : x);
    const n = this.lowers.length;
    const colCost = new Float64Array(n);
    for (const [i, c] of objective) colCost[i] = c;
    const nnz = this.rows.reduce((a, r) => a + r.terms.size, 0);
    const starts = new Int32Array(this.rows.length + 1);
    const indices = new Int32Array(nnz);
    const values = new Float64Array(nnz);
    let k = 0;
    this.rows.forEach((r, i) => {
      starts[i] = k;
      for (const [j, c] of [...r.terms].sort((a, b) => a[0] - b[0])) {
        indices[k] = j;
        values[k++] = c;
      }
    });
    starts[this.rows.length] = k;
    return {
      numCols: n,
      numRows: this.rows.length,
      colCost,
      colLower: Float64Array.from(this.lowers, inf),
      colUpper: Float64Array.from(this.uppers, inf),
      rowLower: Float64Array.from(this.rows, (r) => inf(r.lower)),
      rowUpper: Float64Array.from(this.rows, (r) => inf(r.upper)),
      matrix: { format: 'csr' as const, numRows: this.rows.length, numCols: n, starts, indices, values },
      integrality: Int32Array.from(this.integers, (b) => (b ? 1 : 0)),
    };
  }

  /** CPLEX LP text minimising Σ objective[i]·x_i. */
  toLpText(objective: Terms): string {
    const out: string[] = ['Minimize', ` obj: ${expression(objective) || '0 x0'}`, 'Subject To'];
    this.rows.forEach((r, i) => {
      const e = expression(r.terms);
      if (r.lower === r.upper) out.push(` r${i}: ${e} = ${num(r.upper)}`);
      else {
        if (r.upper < Infinity) out.push(` r${i}u: ${e} <= ${num(r.upper)}`);
        if (r.lower > -Infinity) out.push(` r${i}l: ${e} >= ${num(r.lower)}`);
      }
    });
    out.push('Bounds');
    for (let i = 0; i < this.lowers.length; i++) {
      const lo = this.lowers[i];
      const hi = this.uppers[i];
      if (lo === 0 && hi === Infinity) continue;
      out.push(` ${lo === -Infinity ? '-inf' : num(lo)} <= x${i} <= ${hi === Infinity ? '+inf' : num(hi)}`);
    }
    const ints = this.integers.flatMap((b, i) => (b ? [`x${i}`] : []));
    if (ints.length > 0) {
      out.push('General');
      for (let i = 0; i < ints.length; i += 20) out.push(` ${ints.slice(i, i + 20).join(' ')}`);
    }
    out.push('End');
    return out.join('\n');
  }
}

function num(v: number): string {
  // Enough digits for exact integers and for coefficients such as 3/7.
  return Number.isInteger(v) ? String(v) : v.toPrecision(12);
}

function expression(terms: Terms): string {
  const parts: string[] = [];
  for (const [i, c] of terms) {
    if (c === 0) continue;
    const sign = c < 0 ? '-' : '+';
    const mag = Math.abs(c);
    parts.push(`${parts.length === 0 && sign === '+' ? '' : `${sign} `}${mag === 1 ? '' : `${num(mag)} `}x${i}`);
  }
  return parts.join(' ');
}
