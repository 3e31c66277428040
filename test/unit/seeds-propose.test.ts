import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/config/load.js';
import { Watchlist } from '../../src/config/watchlist.js';
import { proposeFromSeeds, proposeWatchlist } from '../../src/seeds/propose.js';
import { formatWatchlistYaml } from '../../src/seeds/yaml.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/seeds/small');
const docs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file, i) => ({ key: `S${i}`, file, text: readFileSync(path.join(FIXTURES, file), 'utf8') }));

const proposal = proposeFromSeeds(docs);
const wl = proposal.watchlist;
const entity = (id: string) => wl.entities.find((e) => e.id === id);
const entity_ = (p: { watchlist: Watchlist }, id: string) => p.watchlist.entities.find((e) => e.id === id);
const allAliases = wl.entities.flatMap((e) => e.aliases.map((a) => a.text));

describe('proposeWatchlist: entities', () => {
  it("keeps a full name the seeds give once when it is the actor of a proposed claim, and a person named once in full elsewhere as no claim's actor", () => {
    const seed = (n: number) =>
      `Le groupe Orvalis a versé ${n} millions d'euros au fonds, selon Anna Keller. Anna Keller a confirmé le montant le ${n} mars 2018. ` +
      (n === 1 ? `Boris Lindqvist, un avocat du groupe, a déclaré que le versement avait eu lieu le 4 mai 2017. ` : '') +
      (n === 2 ? `Le temps était beau ce jour-là pour Clara Moreno à Port Delmar. ` : '') +
      `Orvalis Group et Anna Keller ont refusé de commenter davantage.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const ids = p.watchlist.entities.map((e) => e.id);
    expect(ids).toContain('boris_lindqvist');
    // a story about the storyline may name her; no claim of the seeds is about her, nor about a place named once
    expect(ids).toContain('clara_moreno');
    expect(entity_(p, 'clara_moreno')?.type).toBe('person');
    expect(ids).not.toContain('port_delmar');
    expect(p.watchlist.claims.flatMap((c) => c.entities)).not.toContain('clara_moreno');
    const claim = p.watchlist.claims.find((c) => c.quote.startsWith('Boris Lindqvist'));
    expect(claim?.entities).toContain('boris_lindqvist');
  });

  it("lets no person named once in full outside the claims make a sentence a claim (the claims stay those without them)", () => {
    const docs = [
      { key: 'S1', file: '1.txt', text: 'Orvalis Group a versé tout le fonds aux familles, a déclaré Anna Keller hier soir.' },
      { key: 'S2', file: '2.txt', text: 'Anna Keller a déclaré à Clara Moreno que Orvalis Group avait versé tout le fonds aux familles.' },
    ];
    const p = proposeFromSeeds(docs, { maxClaims: 1 });
    expect(p.watchlist.entities.map((e) => e.id)).toContain('clara_moreno');
    expect(p.watchlist.claims.map((c) => c.source)).toEqual(['S1']);
  });

  it('keeps no capitalised phrase of a claim as an actor when the seeds write its words in lower case, but keeps a one-off full name', () => {
    const seed = (n: number) =>
      `Le groupe Orvalis a versé ${n} millions d'euros au fonds, selon Anna Keller. ` +
      (n === 1 ? `Le 4 mai 2017, Orvalis a accroché une banderole « Welcome Home Brave Crew » pour Mark Tessier, a déclaré Anna Keller. ` : '') +
      `Anna Keller a confirmé le montant le ${n} mars 2018 : the crew came home, a mark of trust.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const ids = p.watchlist.entities.map((e) => e.id);
    expect(ids).toContain('mark_tessier');
    expect(ids.filter((id) => id.includes('crew'))).toEqual([]);
  });

  it('types a name by its given name or its outlet suffix when the seeds give no other cue, and gives a person Cyrillic aliases', () => {
    const seed = (n: number) =>
      `Selon le Daily Harbour Post, Steve Okonkwo a transmis ${n} documents au comité le ${n} mars 2018. ` +
      `Le Daily Harbour Post a publié ${n} lettres que Steve Okonkwo a envoyées au comité le ${n + 1} mars 2018.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const byId = (id: string) => p.watchlist.entities.find((e) => e.id === id);
    expect(byId('steve_okonkwo')).toMatchObject({ type: 'person' });
    expect(byId('steve_okonkwo')!.aliases.some((a) => /\p{Script=Cyrillic}/u.test(a.text))).toBe(true);
    // "le Daily Harbour Post" reads like a place after « le » / « au »; its last word says it is an outlet
    expect(byId('daily_harbour_post')).toMatchObject({ type: 'media' });
  });

  it('types a name whose founder or head the seeds name ("le fondateur de Zetaleaks") as an organisation, and the one "avocat de" names as a person', () => {
    const seed = (n: number) =>
      `Zetaleaks a publié ${n} documents le ${n} mars 2018, selon Lena Ortiz. ` +
      (n === 1 ? `Le fondateur de Zetaleaks, Boris Lindqvist, a déclaré que les documents étaient authentiques. ` : '') +
      (n === 2 ? `Un avocat de Varga a déclaré que son client niait tout. Varga a publié un message le ${n} avril 2018. ` : '') +
      `Zetaleaks a confirmé la date, a déclaré Lena Ortiz.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    expect(entity_(p, 'zetaleaks')?.type).toBe('org');
    expect(entity_(p, 'varga')?.type).toBe('person');
  });

  it('types a surname the seeds use alone as a person when a person\'s verb follows it ("Varga emailed"), not when only "said" does', () => {
    const seed = (n: number) =>
      `On ${n} March 2019, Varga emailed the Harbour Board about ${n} permits. Varga understood the permits were late, the Harbour Board said. ` +
      `Varga wrote to the Harbour Board again.`;
    const p = proposeFromSeeds([1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const byId = (id: string) => p.watchlist.entities.find((e) => e.id === id);
    expect(byId('varga')).toMatchObject({ type: 'person' });
    expect(byId('harbour_board')?.type).not.toBe('person');
  });

  it('types a full name with a Slavic or Georgian surname ending as a person, its given name in no list', () => {
    const seed = (n: number) => `On ${n} April 2020 Vakho Lomtadze and Orest Kvitenko signed ${n} contracts with the Harbour Board.`;
    const p = proposeFromSeeds([1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const byId = (id: string) => p.watchlist.entities.find((e) => e.id === id);
    expect(byId('vakho_lomtadze')).toMatchObject({ type: 'person' });
    expect(byId('orest_kvitenko')).toMatchObject({ type: 'person' });
  });

  it('reads "the Times" and "The Times" as the one outlet the seeds name in full that ends so', () => {
    const seed = (n: number) =>
      `On ${n} May 2021 the Harbour Times reported ${n} new permits. Lena Ortiz told the Times the Port Board had approved them. ` +
      `She said The Times had seen the permits.`;
    const p = proposeFromSeeds([1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const times = p.watchlist.entities.filter((e) => e.aliases.some((a) => a.text.endsWith('Times')));
    expect(times).toHaveLength(1);
    expect(times[0]).toMatchObject({ id: 'harbour_times', type: 'media' });
    expect(times[0].aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Harbour Times', 'The Times']));
  });

  it('types a newspaper by its title word, first or last, in any language, and asks context for the word alone', () => {
    const seed = (n: number) =>
      `On ${n} March 2024 the Kelsford Courier reported that ${n} patients had been treated at the clinic. ` +
      `The Courier said the Port Board had known since February. Le Courrier de la Marne a repris l'information le ${n} mars 2024.`;
    const p = proposeFromSeeds([1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const courier = p.watchlist.entities.find((e) => e.id === 'kelsford_courier');
    expect(courier).toMatchObject({ type: 'media' });
    // "a courier delivered the papers" is not the newspaper: its title word alone needs the storyline around it
    expect(courier!.aliases.find((a) => a.text === 'Courier')).toMatchObject({ needs_context: true });
    expect(p.watchlist.entities.find((e) => e.aliases.some((a) => a.text === 'Courrier de la Marne'))).toMatchObject({ type: 'media' });
  });

  it('merges a full name written with a middle name or initial, and the last name alone, into one person', () => {
    const seed = (n: number) =>
      [
        `Ambassador Sergey Ivanovich Kislyak met Jared Palmer on ${n} May 2016, according to the report.`,
        `Sergey Kislyak later said the meeting was short, and Kislyak declined to say more.`,
        `Donald J. Trump said on ${n} June 2016 that he had never met Kislyak; Donald Trump repeated it a week later.`,
        `Trump and Jared Palmer spoke again in July, officials said.`,
      ].join(' ');
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const aliasesOf = (text: string) => p.watchlist.entities.find((e) => e.aliases.some((a) => a.text === text))?.aliases.map((a) => a.text) ?? [];
    expect(aliasesOf('Sergey Kislyak')).toEqual(expect.arrayContaining(['Sergey Ivanovich Kislyak', 'Kislyak', 'Сергей Иванович Кисляк']));
    expect(aliasesOf('Donald Trump')).toEqual(expect.arrayContaining(['Donald J. Trump', 'Trump']));
    expect(p.watchlist.entities.filter((e) => e.aliases.some((a) => /Kislyak|Trump/.test(a.text)))).toHaveLength(2);
  });

  it('reads a transcript speaker in capitals and "Secretary Clinton" as the person the seeds name in full', () => {
    const seed = (n: number) =>
      [
        `CLINTON: We know that Hillary Clinton spoke to reporters on ${n} October 2016, as the campaign said.`,
        `TRUMP: Donald Trump said on ${n} October 2016 that Secretary Clinton was wrong, and Trump said it again.`,
      ].join('\n');
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const aliasesOf = (text: string) => p.watchlist.entities.find((e) => e.aliases.some((a) => a.text === text))?.aliases.map((a) => a.text) ?? [];
    expect(aliasesOf('Hillary Clinton')).toEqual(expect.arrayContaining(['Clinton', 'Secretary Clinton']));
    expect(aliasesOf('Donald Trump')).toContain('Trump');
    expect(p.watchlist.entities.flatMap((e) => e.aliases.map((a) => a.text))).not.toContain('CLINTON');
  });

  it('reads German seeds, where every noun is capitalised: nouns after an article or a number are no entities', () => {
    const seed = (n: number) =>
      [
        `Die Anlage in Bremen liefert den Strom seit ${n} Jahren, sagte Hans Göbel am ${n}. März 2019.`,
        `Hans Göbel erklärte, das Kraftwerk habe ${n * 10} Prozent mehr Energie geliefert als die alte Anlage.`,
        `Im Jahr 2018 hatte Göbel die Energie des Kraftwerks noch selbst gemessen, berichtete Radio Bremen.`,
        `Früher arbeitete Hans Göbel für Radio Bremen und die Stadt Bremen.`,
      ].join(' ');
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const ids = p.watchlist.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['hans_gobel', 'radio_bremen']));
    expect(ids.filter((id) => /anlage|jahr|strom|prozent|energie|kraftwerk|fruher|stadt/.test(id))).toEqual([]);
  });

  it('keeps a German town whose adjective follows an article ("im Korvenstedter Hafen"): the adjective is no noun of it', () => {
    const seed = (n: number) =>
      [
        `Der Brand im Korvenstedter Hafen wurde am ${n}. März 2019 gelöscht, sagte Hans Göbel.`,
        `In Korvenstedt arbeitete Hans Göbel seit ${2000 + n} für die Feuerwehr.`,
      ].join(' ');
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    expect(p.watchlist.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['hans_gobel', 'korvenstedt']));
  });

  it('takes no run of function words and months for a name ("On June" after a bracketed note)', () => {
    const seed = (n: number) => `[Note ${n}] On June ${n}, Anna Keller met Boris Lindqvist in Oslo. Anna Keller and Boris Lindqvist met again on ${n} July.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: seed(n) })));
    const ids = p.watchlist.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['anna_keller', 'boris_lindqvist']));
    expect(ids.filter((id) => /june|^on/.test(id))).toEqual([]);
    // a sentence-opening adverb before a name is not part of it
    const q = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: `Now Anna Keller says the deal closed on ${n} May. Well, Anna Keller said so twice.` })));
    expect(q.watchlist.entities.map((e) => e.id)).toEqual(['anna_keller']);
  });

  it('counts multi-word names across documents, particles inside names included', () => {
    const counts = new Map(proposal.entities.map((e) => [e.id, e]));
    expect(counts.get('orvalis_group')).toMatchObject({ documents: 3, type: 'org' });
    expect(counts.get('marc_antoine_de_villiers')).toMatchObject({ documents: 3, type: 'person' });
    expect(counts.get('anna_von_trapp')).toMatchObject({ documents: 3, type: 'person' });
  });

  it('lists surface forms as aliases, with the last name alone flagged needs_context', () => {
    expect(entity('marc_antoine_de_villiers')!.aliases).toEqual([
      { text: 'Marc-Antoine de Villiers', lang: ['any'], needs_context: false },
      { text: 'Villiers', lang: ['any'], needs_context: true },
      // French seeds: the Russian spelling by French rules, for the full name and the last name alone
      { text: 'Марк-Антуан де Вилье', lang: ['ru'], kind: 'transliteration', needs_context: false },
      { text: 'Вилье', lang: ['ru'], kind: 'transliteration', needs_context: true },
    ]);
    expect(entity('anna_von_trapp')!.aliases.find((a) => a.text === 'von Trapp')).toMatchObject({ text: 'von Trapp', needs_context: true });
  });

  it('links a handle to the name it stands beside', () => {
    expect(entity('orvalis_group')!.aliases).toContainEqual({ text: '@OrvalisGroup', lang: ['any'], kind: 'handle', needs_context: false });
  });

  it('keeps acronyms, two-letter ones only in context', () => {
    expect(entity('fbi')).toMatchObject({ type: 'org' });
    expect(entity('fbi')!.aliases[0]).toEqual({ text: 'FBI', lang: ['any'], kind: 'acronym', needs_context: false });
    // and, from the organisation gazetteer, its names in the other languages
    expect(entity('fbi')!.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Federal Bureau of Investigation', 'ФБР']));
    expect(entity('gru')).toBeDefined(); // seen twice, once with a figure
    expect(entity('rt')!.aliases[0]).toMatchObject({ text: 'RT', needs_context: true });
  });

  it('drops names seen once, and everything in comments and newsletter prompts', () => {
    expect(allAliases).not.toContain('Kremlin');
    expect(allAliases.join(' ')).not.toMatch(/Kiki|Zorba|Jeanne Morel|Morning Brief/);
  });
});

describe('proposeWatchlist: claims', () => {
  const claim = (needle: string) => wl.claims.find((c) => c.quote.includes(needle));

  it('turns a reporting-verb sentence into a claim with its entities', () => {
    expect(claim('Anna von Trapp, a lawyer for the company, said')).toMatchObject({
      source: 'S1',
      statement: 'Anna von Trapp, a lawyer for the company, said the documents seized by the FBI were forged.',
      entities: ['anna_von_trapp', 'fbi'],
      quantities: [],
      dates: [],
    });
  });

  it('turns a named actor\'s promise, blame, warning or announcement into a claim, in five languages, though it gives no date or number', () => {
    const sentences = [
      'La préfète Clara Norvel a promis que les familles sinistrées seraient relogées avant l’hiver.',
      'Jonas Velm blamed the storm for the power cut that stopped the pump at the plant.',
      'Jonas Velm hat den Ausfall der Pumpe vor Journalisten auf den Sturm zurückgeführt.',
      'La portavoz Inés Tarnau anunció que su grupo votará contra el presupuesto municipal.',
      'Йонас Велм пообещал, что компания выплатит компенсации всем жителям города.',
    ];
    const actor = (n: number) => `Clara Norvel, Jonas Velm, Inés Tarnau und Йонас Велм waren an diesem Tag ${n === 1 ? 'dort' : 'hier'} im Rathaus von Kelbach.`;
    const p = proposeFromSeeds([1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: [actor(n), ...sentences].join(' ') })));
    for (const s of sentences) expect(p.watchlist.claims.some((c) => c.quote === s), s).toBe(true);
  });

  it('reads quantities with units and approximations, and dates', () => {
    expect(claim('a versé environ 2,5 millions')).toMatchObject({
      entities: ['orvalis_group', 'marc_antoine_de_villiers'],
      quantities: [{ value: 2_500_000, unit: 'euros', approx: true, text: 'environ 2,5 millions d’euros' }],
      dates: [{ value: '2015-03-03' }],
    });
    expect(claim('nearly $300,000')).toMatchObject({ quantities: [{ value: 300_000, unit: 'USD', approx: true }], dates: [{ value: '2016-06-09' }] });
    expect(claim('about 1,200 documents')).toMatchObject({ quantities: [{ value: 1200, unit: 'documents', approx: true }], dates: [{ value: '2014' }] });
    expect(claim('ouvert une enquête en mai 2016')!.dates).toEqual([{ value: '2016-05' }]);
  });

  it('numbers claims C01… in document order, each sourced', () => {
    expect(wl.claims.map((c) => c.id)).toEqual(wl.claims.map((_, i) => `C${String(i + 1).padStart(2, '0')}`));
    expect(new Set(wl.claims.map((c) => c.source))).toEqual(new Set(['S0', 'S1', 'S2']));
  });

  it('makes no claim from comments or prompts', () => {
    expect(wl.claims.map((c) => c.quote).join('\n')).not.toMatch(/Kiki|Zorba|500 million|12 millions|inbox|newsletter/);
  });
});

describe('proposeWatchlist: output', () => {
  it('validates against the Watchlist schema, also as YAML with a review header', () => {
    expect(Watchlist.safeParse(wl).success).toBe(true);
    const yaml = formatWatchlistYaml(wl, { date: '2024-05-01', sources: docs.map(({ key, file }) => ({ key, file })) });
    expect(yaml.split('\n')[0]).toMatch(/^# PROPOSED watchlist for review .* on 2024-05-01/);
    expect(yaml).toContain('#   S1 = 02-orvalis-en.txt');
    expect(parseYaml(Watchlist, yaml, 'proposal.yaml')).toEqual(wl);
  });

  it('is deterministic', () => {
    const again = proposeWatchlist(docs.map((d) => ({ ...d })));
    const h = { date: '2024-05-01', sources: [] };
    expect(formatWatchlistYaml(again, h)).toBe(formatWatchlistYaml(wl, h));
  });

  it('fails clearly when no name recurs', () => {
    expect(() => proposeWatchlist([{ key: 'S0', file: 'a.txt', text: 'nothing to see here, only lower case words in a sentence.' }])).toThrow(/no entity found/);
  });
});
