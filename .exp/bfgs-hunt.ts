import { bfgs } from '../packages/forecast/src/models/bfgs.js';
import { nelderMead } from '../packages/forecast/src/models/nelder-mead.js';
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const mag = () => (rnd() < 0.5 ? -1 : 1) * 10 ** (rnd() * 600 - 300);
class Stop extends Error {}
let hangs = 0, errs = 0;
for (let k = 0; k < 200000; k++) {
  const [a, b, c, d, e] = [mag(), mag(), mag(), mag(), mag()];
  let calls = 0;
  const f = (p: readonly number[]) => { if (++calls > 200000) throw new Stop(); const [x, y] = p; return a * x * x + b * y * y + c * x * y + d * x + e * y + (rnd() < 0 ? 0 : 0); };
  try { bfgs(f, [mag() * 0 + 1, 1]); } catch (err) { if (err instanceof Stop) { hangs++; if (hangs < 5) console.log('bfgs hang', { a, b, c, d, e }); } else errs++; }
}
console.log({ hangs, errs });
