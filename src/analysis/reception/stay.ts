/**
 * Beds in use from a week's arrivals, week by week. A person who arrives at a uniformly
 * random moment of week τ and stays L days occupies [u, u + L) with u ~ U[0, 7). The
 * average number of beds they use during week τ + Δ is the expected overlap of that stay
 * with [7Δ, 7Δ + 7), divided by 7 (Little's law per week). The shares over Δ add up to L / 7.
 */
export function occupancyShares(stayDays: number): number[] {
  if (!(stayDays > 0)) throw new Error(`a length of stay is a positive number of days, not ${stayDays}`);
  const shares: number[] = [];
  for (let d = 0; 7 * d < stayDays + 7; d++) {
    const s = expectedOverlap(stayDays, 7 * d, 7 * d + 7) / 7;
    if (s > 1e-12) shares.push(s);
    else if (d > 0) break;
  }
  return shares;
}

/** E over u ~ U[0,7) of |[u, u+L) ∩ [a, b)|: the integrand is piecewise linear, so trapezoids are exact. */
function expectedOverlap(L: number, a: number, b: number): number {
  const overlap = (u: number) => Math.max(0, Math.min(u + L, b) - Math.max(u, a));
  const cuts = [0, 7, a - L, b - L, a, b].filter((x) => x > 0 && x < 7);
  const points = [...new Set([0, 7, ...cuts])].sort((x, y) => x - y);
  let area = 0;
  for (let i = 1; i < points.length; i++) area += ((overlap(points[i - 1]) + overlap(points[i])) / 2) * (points[i] - points[i - 1]);
  return area / 7;
}

/** Share of the days of the week starting `monday` on which a site open from `opens` to `closes` is open. */
export function openShare(monday: string, opens?: string, closes?: string): number {
  const start = Date.parse(`${monday}T00:00:00Z`);
  let open = 0;
  for (let d = 0; d < 7; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    if ((!opens || day >= opens) && (!closes || day <= closes)) open++;
  }
  return open / 7;
}
