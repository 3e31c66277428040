/**
 * Compare a proposed watchlist with a hand-written one by content: how many of the hand-written
 * entities have an alias in the proposal (per language, too), and how many hand-written claims'
 * seed sentences are proposed claims (word overlap ≥ 0.5). Usage:
 *   npx tsx scripts/seeds-compare.ts <proposed.yaml> [../shared/eval/matching-dev/seed-watchlist.yaml]
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ref = YAML.parse(readFileSync(process.argv[3] ?? '../shared/eval/matching-dev/seed-watchlist.yaml', 'utf8'));
const prop = YAML.parse(readFileSync(process.argv[2], 'utf8'));
const palias = new Set(prop.entities.flatMap((e: any) => e.aliases.map((a: any) => fold(a.text))));
const hit = ref.entities.filter((e: any) => e.aliases.some((a: any) => palias.has(fold(a.text))));
console.log(`entities: reference ${ref.entities.length}, proposed ${prop.entities.length}, reference entities found ${hit.length} (${(100 * hit.length / ref.entities.length).toFixed(0)}%)`);
console.log('missed:', ref.entities.filter((e: any) => !hit.includes(e)).map((e: any) => e.id).join(', '));
const words = (s: string) => new Set(fold(s).split(' ').filter((w) => w.length > 3));
const jac = (a: Set<string>, b: Set<string>) => { let i = 0; for (const x of a) if (b.has(x)) i++; return i / (a.size + b.size - i || 1); };
const pw = prop.claims.map((c: any) => words(c.quote || c.statement));
let covered = 0;
for (const c of ref.claims) { const w = words(c.quote || c.statement); if (pw.some((p: any) => jac(w, p) >= 0.5)) covered++; }
console.log(`claims: reference ${ref.claims.length}, proposed ${prop.claims.length}, reference claims whose seed sentence is proposed ${covered} (${(100 * covered / ref.claims.length).toFixed(0)}%)`);
const refw = ref.claims.map((c: any) => words(c.quote || c.statement));
const prec = pw.filter((p: any) => refw.some((w: any) => jac(w, p) >= 0.5)).length;
console.log(`proposed claims matching a reference claim: ${prec}/${prop.claims.length}`);
for (const lang of ['en', 'fr', 'de', 'es', 'ru']) {
  const refAliases = ref.entities.flatMap((e: any) => e.aliases.filter((a: any) => (a.lang ?? ['any']).includes(lang)).map((a: any) => fold(a.text)));
  const found = refAliases.filter((a: string) => palias.has(a)).length;
  console.log(`aliases ${lang}: ${found}/${refAliases.length} of the hand-written ones proposed`);
}
