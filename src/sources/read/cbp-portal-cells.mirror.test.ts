/**
 * The two ways through a CBP portal table agree on the real files: the cells made by
 * distinct values in DuckDB are the observations the row-by-row path makes, value for value.
 */
import { expect, it } from 'vitest';
import { contextFor } from '../../../test/parse-context.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { cellObservations } from '../../ingest/cell-table.js';
import { TABLE as SBO } from '../cbp-sbo/parse.js';
import { TABLE as STATE } from '../cbp-state/parse.js';
import { DIMENSIONS, type Observation } from '../types.js';
import { parsePortalSource } from './cbp-portal-cells.js';
import { parsePortalTable, type PortalTable } from './cbp-portal.js';

const key = (o: Observation) => [o.dataset, o.period, ...DIMENSIONS.map((d) => o[d]), o.value].join('|');

describeMirror('CBP portal tables by distinct values, against row by row', () => {
  for (const [name, table, file] of [
    ['cbp-state', STATE, 'us/cbp_nationwide_encounters_state/nationwide-encounters-fy20-fy23-state.csv'],
    ['cbp-sbo', SBO, 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv'],
  ] as [string, PortalTable, string][]) {
    it(`${name}: the same cells`, async () => {
      const ctx = await contextFor({ [table.fileId]: mirrorPath(file) });
      try {
        const rows = await parsePortalTable(ctx, table);
        const parsed = await parsePortalSource(ctx, table, 'portal_cells');
        expect(parsed.observations).toEqual([]);
        const cells = await cellObservations(ctx.scratch, parsed.cells!.table);
        expect(cells.length).toBe(rows.length);
        expect(cells.map(key).sort()).toEqual(rows.map(key).sort());
      } finally {
        ctx.close();
      }
    });
  }
});
