/**
 * Generated news corpus for the pipeline benchmark: article pages (~3 KB of text each) and RSS
 * feeds linking to them. Deterministic (seeded), written for the benchmark: a share of the stories
 * follows the storyline (Donald Trump Jr. and WikiLeaks, VK's outreach, RT's promoted tweets, the
 * Internet Research Agency), the rest is unrelated local, sports, science and business news.
 */

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Article {
  /** path on its site, e.g. /news/2017/story-0042 */
  path: string;
  title: string;
  paragraphs: string[];
  lang: 'en' | 'fr';
  publishedAt: string;
  onStoryline: boolean;
}

/** Storyline threads: a title pattern and sentences that report on it (English). */
const THREADS_EN: { titles: string[]; sentences: string[] }[] = [
  {
    titles: [
      'Donald Trump Jr. released his Twitter direct messages with WikiLeaks',
      'WikiLeaks privately messaged Donald Trump Jr. during the 2016 campaign',
      "Trump Jr.'s exchanges with WikiLeaks draw scrutiny from congressional investigators",
    ],
    sentences: [
      'Donald Trump Jr. made public a series of direct messages he exchanged on Twitter with the WikiLeaks account during the 2016 presidential campaign.',
      'According to the messages, WikiLeaks first wrote to Trump Jr. in September 2016 about a website critical of his father that was about to launch.',
      "WikiLeaks later asked the president's eldest son to share a link to a searchable archive of the hacked Podesta emails.",
      'Two days later, Donald Trump tweeted about the WikiLeaks releases, and Trump Jr. posted the link himself.',
      'The exchanges were handed to the congressional committees investigating Russian interference in the 2016 election.',
      'Julian Assange, the founder of WikiLeaks, did not answer requests for comment about the correspondence.',
      "WikiLeaks also suggested that Trump Jr. share his father's tax returns with the organisation to appear impartial.",
      'Lawyers for Trump Jr. said he had replied only a handful of times and had done nothing improper.',
    ],
  },
  {
    titles: [
      'VKontakte executive approached the Trump campaign in 2016',
      'Emails show VK offered the Trump campaign a page on the Russian social network',
      'Rob Goldstone relayed a VK proposal to Donald Trump Jr. and Dan Scavino',
    ],
    sentences: [
      'Konstantin Sidorkov, a partnerships director at VKontakte, wrote to the Trump campaign in 2016 offering to promote the candidate on the Russian social network.',
      'The proposal reached Donald Trump Jr. and Dan Scavino through the music publicist Rob Goldstone, who had arranged the Trump Tower meeting in June 2016.',
      'Goldstone told the campaign that VK, often described as the Russian Facebook, had close to a hundred million users.',
      'Rhona Graff, a long-time assistant at the Trump Organization, was copied on some of the emails.',
      'Mail.Ru Group, which owns VK, said the outreach was a routine marketing effort offered to many public figures.',
      'The emails were turned over to Senate investigators examining contacts between the campaign and Russians.',
      'Goldstone also represented the Russian pop singer Emin Agalarov, whose father Aras Agalarov is a Moscow developer.',
    ],
  },
  {
    titles: [
      'RT spent heavily on promoted tweets during the US election, Twitter says',
      'Twitter bans advertising from RT and Sputnik over election interference',
      'Facebook executive Rob Goldman says Russian ads were not aimed at swaying the election',
    ],
    sentences: [
      'Twitter said the Russian state broadcaster RT spent more than a quarter of a million dollars on advertising aimed at US users in 2016, much of it on promoted tweets.',
      'The company told congressional investigators that RT had targeted the US market with promoted tweets about the presidential election.',
      'Rob Goldman, a vice-president for advertising at Facebook, wrote on Twitter that most Russian ad spending came after the election.',
      'President Trump quoted Rob Goldman in his own tweets as evidence that Russia had not tried to help his campaign.',
      'The Internet Research Agency, a troll factory in Saint Petersburg, bought thousands of Facebook ads during the 2016 campaign.',
      'In February 2018 the special counsel Robert Mueller indicted 13 Russians and three Russian entities, including the Internet Research Agency.',
      'The indictment describes how Russian operatives posed as American activists on social networks to sow discord before the election.',
      'RT said the ban on its advertising was a deliberate attack on Russian media.',
    ],
  },
];

/** The same storyline, in French, for a share of the on-storyline stories. */
const THREADS_FR: { titles: string[]; sentences: string[] }[] = [
  {
    titles: [
      'Donald Trump Jr. publie ses messages privés avec WikiLeaks',
      'WikiLeaks a écrit à Donald Trump Jr. pendant la campagne présidentielle',
    ],
    sentences: [
      'Donald Trump Jr. a rendu publics les messages privés échangés sur Twitter avec le compte de WikiLeaks pendant la campagne de 2016.',
      'WikiLeaks demandait au fils aîné du président de partager un lien vers les courriels piratés de John Podesta.',
      "Les échanges ont été transmis aux commissions du Congrès qui enquêtent sur l'ingérence russe dans l'élection présidentielle.",
      "Julian Assange, le fondateur de WikiLeaks, n'a pas répondu aux questions sur cette correspondance.",
      "Selon les messages, WikiLeaks a contacté Trump Jr. en septembre 2016 au sujet d'un site hostile à son père.",
    ],
  },
  {
    titles: ['VKontakte a proposé ses services à la campagne de Donald Trump', 'Le réseau social russe VK a approché la campagne de Trump en 2016'],
    sentences: [
      "Konstantin Sidorkov, responsable des partenariats de VKontakte, a écrit à Donald Trump Jr. et à Dan Scavino pour proposer une page de campagne sur le réseau social russe.",
      "La proposition est passée par le publicitaire Rob Goldstone, qui avait organisé la réunion de la Trump Tower en juin 2016.",
      'Le dirigeant de VK vantait près de cent millions d\u2019utilisateurs, selon les courriels remis aux enquêteurs du Sénat.',
      "Ces courriels intéressent les enquêteurs du Congrès qui étudient les contacts entre la campagne de Trump et des Russes.",
    ],
  },
];

/** Unrelated news: a title and sentences per topic. */
const UNRELATED: { titles: string[]; sentences: string[] }[] = [
  {
    titles: ['City council approves new tram line to the harbour', 'Residents split over plan to pedestrianise the old town'],
    sentences: [
      'The city council voted on Tuesday to extend the tram network to the harbour district by the end of the decade.',
      'Supporters said the line would cut journey times for commuters and reduce traffic on the coastal road.',
      'Shop owners in the old town asked for compensation during the two years of construction work.',
      'The mayor promised public consultations in every district before the final route is chosen.',
      'Opponents of the project argued that the money would be better spent on buses and cycle lanes.',
      'Engineers expect the first trams to run on a test section within eighteen months.',
    ],
  },
  {
    titles: ['Late goal sends the home side into the cup semi-final', 'Veteran goalkeeper announces retirement after twenty seasons'],
    sentences: [
      'A header in the final minute of extra time sent the home side into the semi-final of the national cup.',
      'The coach praised the defence, which had kept three clean sheets in a row before the match.',
      'More than thirty thousand supporters filled the stadium despite the heavy rain.',
      'The visiting team had a penalty saved early in the second half and never recovered.',
      'The club confirmed that its captain would miss the next two matches with a hamstring injury.',
      'Tickets for the semi-final go on sale to season ticket holders next Monday.',
    ],
  },
  {
    titles: ['Researchers map a vast coral reef off the northern coast', 'New telescope captures detailed images of a distant galaxy'],
    sentences: [
      'Marine biologists have mapped a coral reef stretching more than forty kilometres along the northern coast.',
      'The survey used underwater drones to measure water temperature and the health of the coral.',
      'Scientists said parts of the reef showed signs of bleaching after last summer\u2019s heatwave.',
      'The team plans to return every year to follow how the reef recovers.',
      'The observatory said the new instrument could detect light from galaxies formed shortly after the Big Bang.',
      'Astronomers will publish the first results in a scientific journal later this year.',
    ],
  },
  {
    titles: ['Bakery chain opens twenty new shops despite rising flour prices', 'Regional airline adds routes to three island destinations'],
    sentences: [
      'The bakery chain said sales rose eight percent in the last quarter thanks to its new sandwich range.',
      'Flour prices have climbed for six months in a row because of a poor wheat harvest.',
      'The company will hire about three hundred people for its new shops.',
      'The airline will fly three times a week to each island from the spring timetable.',
      'Analysts said the expansion was risky given the price of fuel and the competition on summer routes.',
      'The chief executive said the group had no plans to raise prices before the end of the year.',
    ],
  },
  {
    titles: ['Tempête sur la côte atlantique : vigilance orange pour trois départements', 'Le festival de jazz de la ville annonce sa programmation'],
    sentences: [
      'Météo-France a placé trois départements en vigilance orange pour des rafales pouvant atteindre 120 km/h.',
      'Les liaisons maritimes vers les îles pourraient être suspendues samedi matin.',
      'Le festival accueillera une quarantaine de concerts sur quatre scènes pendant dix jours.',
      'Les organisateurs attendent près de cinquante mille spectateurs, un record pour la manifestation.',
      'La mairie a renforcé les transports en commun pendant toute la durée du festival.',
      'Les prévisionnistes annoncent un retour au calme en début de semaine prochaine.',
    ],
  },
];

/**
 * Newsroom filler from a small grammar with large word lists: every story gets its own sentences,
 * so that stories do not look like copies of one another (Veille clusters near-duplicate texts —
 * MinHash over 3-word shingles — into one story and alerts once per cluster). No figure of three
 * digits or more either: shared figures are another "same story" signal.
 */
const EN = {
  adj: 'regional local national independent private public former senior revised annual provisional unexpected detailed lengthy brief delayed controversial ambitious modest cautious joint separate internal external formal informal final early late urgent routine technical financial legal political economic social cultural municipal federal'.split(' '),
  noun: 'council ministry committee company union court agency hospital university airport harbour museum bank regulator school railway board panel commission office authority department foundation chamber assembly cooperative utility insurer broker landlord carrier operator supplier contractor tribunal observatory laboratory'.split(' '),
  people: 'residents lawyers analysts engineers officials investors voters teachers doctors shareholders prosecutors inspectors tenants drivers researchers volunteers economists farmers nurses auditors'.split(' '),
  verb: 'approved rejected questioned announced postponed reviewed criticised welcomed defended published examined disputed confirmed denied proposed challenged endorsed amended suspended extended'.split(' '),
  verbInf: 'approve reject question announce postpone review criticise welcome defend publish examine dispute confirm deny propose challenge endorse amend suspend extend'.split(' '),
  obj: 'plan budget report proposal contract agreement decision inquiry schedule review forecast policy audit complaint investment reform deal ruling timetable strategy programme tender study survey appeal licence settlement'.split(' '),
  when: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'at the weekend', 'late last night', 'earlier this month', 'last week', 'after a long meeting', 'during a hearing', 'ahead of the vote', 'before the deadline', 'in a written statement', 'behind closed doors', 'at a press conference', 'in an interview', 'without explanation', 'after weeks of talks', 'despite objections'],
  adv: 'quickly slowly carefully reluctantly openly quietly formally partly fully again'.split(' '),
};
const FR = {
  noun: 'conseil ministère comité syndicat tribunal hôpital musée port office organisme cabinet collectif observatoire laboratoire établissement groupe parquet service bureau département rectorat consortium réseau fonds institut centre opérateur exploitant assureur régulateur gestionnaire préfet maire directeur'.split(' '),
  adj: 'régional municipal national provisoire annuel détaillé contesté ambitieux prudent technique financier juridique politique économique social culturel interne externe définitif urgent trimestriel local public privé modeste tardif nouveau révisé partiel commun'.split(' '),
  verb: 'approuvé rejeté examiné annoncé reporté critiqué défendu publié contesté confirmé proposé modifié suspendu prolongé validé présenté amendé signé négocié relancé transmis détaillé chiffré dénoncé'.split(' '),
  obj: 'projet budget rapport accord contrat calendrier avis audit plan programme règlement appel dossier bilan texte protocole schéma chantier arrêté recours marché barème inventaire devis'.split(' '),
  people: 'habitants avocats analystes ingénieurs élus investisseurs électeurs enseignants médecins actionnaires enquêteurs locataires chercheurs bénévoles économistes agriculteurs commerçants riverains syndicalistes juristes usagers'.split(' '),
  when: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'ce week-end', 'tard dans la soirée', 'la semaine dernière', 'après une longue réunion', 'lors d\u2019une audience', 'avant le vote', 'dans un communiqué', 'à huis clos', 'lors d\u2019une conférence de presse', 'dans un entretien', 'sans explication', 'après des semaines de discussions', 'malgré les objections', 'en fin de matinée', 'au début du mois', 'dès jeudi soir', 'sans attendre'],
  adv: 'rapidement lentement prudemment ouvertement discrètement officiellement partiellement entièrement finalement largement'.split(' '),
};

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fillerSentence(rnd: () => number, lang: 'en' | 'fr'): string {
  if (lang === 'fr') {
    const p = () => pick(rnd, FR.people);
    const n = () => `${pick(rnd, FR.noun)} ${pick(rnd, FR.adj)}`;
    const o = () => `${pick(rnd, FR.obj)} ${pick(rnd, FR.adj)}`;
    switch (Math.floor(rnd() * 7)) {
      case 0: return `Le ${n()} a ${pick(rnd, FR.verb)} le ${o()} ${pick(rnd, FR.when)}.`;
      case 1: return `Selon les ${p()}, le ${o()} sera ${pick(rnd, FR.verb)} par le ${n()} ${pick(rnd, FR.when)}.`;
      case 2: return `Des ${p()} et des ${p()} ont ${pick(rnd, FR.verb)} le ${pick(rnd, FR.obj)} du ${n()}.`;
      case 3: return `Le ${pick(rnd, FR.obj)} avait déjà été ${pick(rnd, FR.verb)} ${pick(rnd, FR.when)}, rappellent les ${p()} du ${n()}.`;
      case 4: return `${cap(pick(rnd, FR.when))}, les ${p()} ont ${pick(rnd, FR.adv)} ${pick(rnd, FR.verb)} ce ${o()}.`;
      case 5: return `Un ${o()}, ${pick(rnd, FR.verb)} ${pick(rnd, FR.adv)}, attend encore le feu vert du ${n()}.`;
      default: return `Pour les ${p()}, ce ${pick(rnd, FR.obj)} reste ${pick(rnd, FR.adj)} tant que le ${n()} ne l\u2019a pas ${pick(rnd, FR.verb)}.`;
    }
  }
  const n = () => `${pick(rnd, EN.adj)} ${pick(rnd, EN.noun)}`;
  switch (Math.floor(rnd() * 5)) {
    case 0: return `The ${n()} ${pick(rnd, EN.verb)} the ${pick(rnd, EN.adj)} ${pick(rnd, EN.obj)} ${pick(rnd, EN.when)}.`;
    case 1: return `${cap(pick(rnd, EN.people))} said the ${pick(rnd, EN.obj)} would be ${pick(rnd, EN.verb)} by the ${n()} ${pick(rnd, EN.when)}.`;
    case 2: return `According to ${pick(rnd, EN.people)} at the ${n()}, the ${pick(rnd, EN.obj)} may ${pick(rnd, EN.verbInf)} the ${pick(rnd, EN.adj)} ${pick(rnd, EN.obj)} ${pick(rnd, EN.adv)}.`;
    case 3: return `${cap(pick(rnd, EN.people))} and ${pick(rnd, EN.people)} ${pick(rnd, EN.verb)} the ${pick(rnd, EN.obj)} of the ${n()} ${pick(rnd, EN.when)}.`;
    default: return `The ${pick(rnd, EN.obj)} had already been ${pick(rnd, EN.verb)} ${pick(rnd, EN.when)}, ${pick(rnd, EN.people)} at the ${n()} recalled.`;
  }
}

const TEXT_BYTES = 3000;

/** A lead, `topical` sentences of the story's topic (without repeats), newsroom filler up to ~3 KB. */
function buildParagraphs(rnd: () => number, sentences: string[], lang: 'en' | 'fr', topical: number, lead?: string): string[] {
  const pool = sentences.filter((s) => s !== lead);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const chosen = pool.slice(0, topical);
  const paragraphs: string[] = [];
  let size = 0;
  let para: string[] = lead ? [lead] : [];
  while (size < TEXT_BYTES) {
    const s = chosen.length && rnd() < 0.3 ? chosen.shift()! : fillerSentence(rnd, lang);
    para.push(s);
    size += Buffer.byteLength(s) + 1;
    if (para.length >= 3 + Math.floor(rnd() * 2)) {
      paragraphs.push(para.join(' '));
      para = [];
    }
  }
  paragraphs.push(...chosen, ...para);
  return paragraphs.filter(Boolean);
}

function date(rnd: () => number): string {
  // inside the storyline's window (late 2017 – 2018)
  const start = Date.UTC(2017, 10, 1);
  return new Date(start + Math.floor(rnd() * 300) * 86_400_000 + Math.floor(rnd() * 86_400) * 1000).toISOString();
}

/** `count` articles, a share `onShare` of them on the storyline; a fifth in French. */
export function generateArticles(count: number, options: { seed?: number; onShare?: number; prefix?: string } = {}): Article[] {
  const rnd = random(options.seed ?? 7);
  const onShare = options.onShare ?? 0.3;
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const on = rnd() < onShare;
    const fr = rnd() < 0.2;
    let title: string;
    let paragraphs: string[];
    if (on) {
      const thread = pick(rnd, fr ? THREADS_FR : THREADS_EN);
      title = pick(rnd, thread.titles);
      paragraphs = buildParagraphs(rnd, thread.sentences, fr ? 'fr' : 'en', 3, pick(rnd, thread.sentences.slice(0, 2)));
    } else {
      const topic = fr ? UNRELATED[4] : pick(rnd, UNRELATED.slice(0, 4));
      title = pick(rnd, topic.titles);
      paragraphs = buildParagraphs(rnd, topic.sentences, fr ? 'fr' : 'en', 3);
    }
    const n = String(i).padStart(4, '0');
    out.push({
      path: `/${options.prefix ?? 'news'}/${on ? 'politics' : 'local'}/story-${n}`,
      // a story number in every title: distinct stories, findable in the Slack posts
      title: `${title} (${options.prefix ?? 'news'} ${n})`,
      paragraphs,
      lang: fr ? 'fr' : 'en',
      publishedAt: date(rnd),
      onStoryline: on,
    });
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article page with the usual chrome around the text. */
export function pageHtml(a: Article, site: string): string {
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(site)}</title>
<meta property="og:site_name" content="${esc(site)}"><meta property="article:published_time" content="${a.publishedAt}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<article><h1>${esc(a.title)}</h1><p class="byline">By Staff Reporter</p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside class="newsletter">Subscribe to our newsletter for daily updates.</aside><footer>\u00a9 ${esc(site)}</footer></body></html>`;
}

export interface FeedItem {
  title: string;
  link: string;
  guid: string;
  publishedAt: string;
  description: string;
}

export function rssFeed(site: string, base: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(site)}</title><link>${base}/</link><description>${esc(site)} news</description>
${items
  .map(
    (it) =>
      `<item><title>${esc(it.title)}</title><link>${esc(it.link)}</link><guid isPermaLink="false">${esc(it.guid)}</guid><pubDate>${new Date(it.publishedAt).toUTCString()}</pubDate><description>${esc(it.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function feedItem(a: Article, base: string): FeedItem {
  return { title: a.title, link: `${base}${a.path}?utm_source=rss`, guid: `${base}${a.path}`, publishedAt: a.publishedAt, description: a.paragraphs[0].slice(0, 300) };
}
