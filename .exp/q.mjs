import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create('/tmp/exp/new.duckdb', { access_mode: 'READ_ONLY' });
const c = await db.connect();
for (const q of process.argv.slice(2)) { const r = await c.runAndReadAll(q); console.log(JSON.stringify(r.getRowObjectsJson()).slice(0, 3000)); }
