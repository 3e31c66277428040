import { createScorer, loadWatchlist, extractArticle } from '/work/main/dist/index.js';
import fs from 'node:fs';
import iconv from '/work/main/node_modules/iconv-lite/lib/index.js';
const wl = await loadWatchlist('/work/main/config/watchlist.yaml');
const sc = createScorer(wl);
for (const f of fs.readdirSync('/work/main/examples/pages').filter(f=>f!=='list.html')) {
  const buf = fs.readFileSync('/work/main/examples/pages/'+f);
  const html = f.includes('lavigie') ? iconv.decode(buf,'windows-1252') : buf.toString();
  const a = extractArticle(html, 'https://x.example/'+f);
  const s = sc.score({ title: a.title, text: a.text, lang: a.lang, publishedAt: a.publishedAt });
  const by = (st) => s.claims.filter(c=>c.stance===st).map(c=>`${c.claim}(${c.score.toFixed(2)}${st==='contradicts'||st==='possible'?' '+c.rule:''})`).join(' ');
  console.log(f.padEnd(34), s.relevance.toFixed(2), '\n   C:', by('contradicts'), '\n   S:', by('supports'), '\n   P:', by('possible'));
}
const want = process.argv[2];
if (want) {
  const [f, cl] = want.split(':');
  const a = extractArticle(fs.readFileSync('/work/main/examples/pages/'+f).toString(), 'https://x.example/'+f);
  const d = sc.details({ title: a.title, text: a.text, lang: a.lang, publishedAt: a.publishedAt });
  for (const c of d.stances.filter(c=>c.claim===cl)) { const e=c.evidenceDetails; console.log(c.stance, c.score, c.rule, '|', c.evidence, '\n  ', c.reasons.join(' | '), JSON.stringify({eIS:e.entitiesInSentence,subj:e.subjectInSentence,den:e.denial,dA:e.deniesAsserted,aN:e.affirmsNegated,seed:e.seedTerms,st:e.storySeedTerms})); }
}
