// Clustering speed: signatures of 3 KB stories and comparisons against a day's candidates.
import { performance } from 'node:perf_hooks';
import { sameStory, signatureOf, type StorySignature } from '../src/cluster/signature.js';
import type { StoryScore } from '../src/domain/types.js';

const WORDS = 'the a russian campaign twitter facebook election senate committee report said officials investigation emails messages accounts promoted tweets broadcaster agency million users court documents'.split(' ');

function story(i: number): { title: string; text: string; publishedAt: string } {
  let seed = i * 2654435761;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % WORDS.length);
  const words: string[] = [];
  while (words.join(' ').length < 3000) words.push(WORDS[next()]);
  return { title: `Story ${i}`, text: `${words.join(' ')} ${1000 + i}`, publishedAt: '2017-11-01T00:00:00Z' };
}

const score = (i: number): StoryScore => ({ relevance: 0.5, relevant: true, claims: [], why: [], entities: ['rt', 'twitter', `e${i % 7}`].map((id) => ({ id, alias: id, count: 1 })) });

export async function benchClustering(): Promise<Record<string, number>> {
  const N = 2000;
  const stories = Array.from({ length: N }, (_, i) => story(i));
  const t0 = performance.now();
  const sigs: StorySignature[] = stories.map((s, i) => signatureOf(s, score(i)));
  const signMs = performance.now() - t0;
  // each new story is compared with up to 200 candidates (the store's cap)
  const t1 = performance.now();
  let links = 0;
  for (let i = 0; i < N; i++) for (let j = Math.max(0, i - 200); j < i; j++) if (sameStory(sigs[i], sigs[j])) links++;
  const compareMs = performance.now() - t1;
  if (links < 0) throw new Error('unreachable'); // keeps the comparisons from being optimised away
  return {
    signatures_per_s: Math.round(N / (signMs / 1000)),
    stories_per_s_with_200_candidates: Math.round(N / ((signMs + compareMs) / 1000)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchClustering().then((r) => console.log(r));
}
