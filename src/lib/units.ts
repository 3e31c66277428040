const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** "15m", "1h30m", "500ms", "2d" or a number of ms → ms; null when unreadable. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const text = value.trim().toLowerCase();
  if (!text) return null;
  let total = 0;
  let rest = text;
  const part = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/;
  while (rest) {
    const m = part.exec(rest);
    if (!m) return null;
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    rest = rest.slice(m[0].length).trim();
  }
  return total;
}

/** "5MB", "512kb", "1048576" → bytes; null when unreadable. */
export function parseSize(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?|[kmg])?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] || 'b').toLowerCase();
  const factor = SIZE_UNITS[unit];
  return factor ? Math.round(Number(m[1]) * factor) : null;
}
