import { describe, expect, it } from 'vitest';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

// A storyline in three languages, written for these tests (no real events): a drug maker recalls its
// painkiller; a French and a Spanish regulator act.
const seeds = [
  'Le laboratoire Velmora Pharma a rappelé le 3 mars 2025 environ 120 000 boîtes de son antidouleur Calvexin.\n' +
    'Selon Velmora, le Calvexin était vendu en France depuis 2019.\n' +
    'Le directeur général de Velmora Pharma, Piet Verhoef, a déclaré que le médicament n’était pas en cause.',
  'Velmora Pharma shares fell 18% on Tuesday after the recall of its painkiller Calvexin.\n' +
    'Velmora said it had tested 40 batches of Calvexin and found no contamination.',
  'La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) retiró el Calvexin de las farmacias el 5 de marzo de 2025.\n' +
    'Velmora Pharma vendió 2 millones de cajas de Calvexin en España en 2024, según la AEMPS.',
];
const proposalOf = (texts: string[]) => proposeFromSeeds(texts.map((text, i) => ({ key: `S${i}`, file: `${i}.txt`, text }))).watchlist;
const proposal = () => proposalOf(seeds);
const entityNamed = (name: string) => proposal().entities.find((e) => e.aliases.some((a) => a.text === name));

describe('companies and agencies in the seeds', () => {
  it('makes one company of its name in full and its name alone ("Velmora Pharma", "Velmora")', () => {
    const velmora = entityNamed('Velmora Pharma');
    expect(velmora?.type).toBe('org');
    expect(velmora?.aliases.map((a) => a.text)).toContain('Velmora');
  });

  it('does not take a product for a person because a French possessive reads like "son"', () => {
    expect(entityNamed('Calvexin')?.type).not.toBe('person');
  });

  it('keeps an agency named by what it is whole, through "de" and "y", with its acronym', () => {
    const agency = entityNamed('Agencia Española de Medicamentos y Productos Sanitarios');
    expect(agency?.type).toBe('org');
    expect(agency?.aliases.map((a) => a.text)).toContain('AEMPS');
  });
});

describe('a company named with its trade and its legal form', () => {
  // written for this test: a chemicals maker named in full, without its legal form, and by its name alone
  const english = [
    'Talvik Chemicals Ltd said on Monday that 40 tonnes of solvent had leaked from its plant at Dunmere.\n' +
      'Talvik Chemicals has hired an outside firm to review the tank, its chief executive Ruth Caddell said.',
    'Regulators fined Talvik £2.4 million on Tuesday over the Dunmere leak, which Talvik does not contest.\n' +
      'Ruth Caddell said Talvik Chemicals would pay the fine.',
  ];
  const entities = () => proposalOf(english).entities;

  it('makes one company of "Talvik Chemicals Ltd", "Talvik Chemicals" and "Talvik"', () => {
    const company = entities().find((e) => e.aliases.some((a) => a.text === 'Talvik Chemicals Ltd'));
    expect(company?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Talvik Chemicals Ltd', 'Talvik Chemicals', 'Talvik']));
    expect(entities().filter((e) => e.aliases.some((a) => a.text.startsWith('Talvik')))).toHaveLength(1);
  });
});

describe('a company named with a dotted legal form', () => {
  // written for this test: a Spanish shell company named once with "S.L." and then without it
  const spanish = [
    'La fiscalía investiga los pagos de 900.000 euros que la constructora hizo a Servicios Orvaz S.L. entre 2021 y 2023.\n' +
      'Servicios Orvaz no tiene empleados, según el registro mercantil, dijo el fiscal Andrés Puyol.',
    'El fiscal Andrés Puyol citó el lunes al administrador de Servicios Orvaz a declarar el 14 de abril.',
  ];
  const entities = () => proposalOf(spanish).entities;

  it('makes one company of "Servicios Orvaz S.L." and "Servicios Orvaz"', () => {
    const company = entities().filter((e) => e.aliases.some((a) => a.text.startsWith('Servicios Orvaz')));
    expect(company).toHaveLength(1);
    expect(company[0].aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Servicios Orvaz S.L.', 'Servicios Orvaz']));
  });
});

describe('a body defined with its acronym', () => {
  // written for this test: two seeds name an inspectorate in full once, with its acronym, then by the acronym
  const french = [
    "Le préfet a saisi l'Inspection régionale des digues et barrages (IRDB), qui doit rendre son rapport en mars 2026.\n" +
      "Selon l'IRDB, la digue de Vaumont avait été inspectée en 2024, a indiqué le préfet Paul Arnaud.",
    "L'IRDB a publié jeudi 12 mars 2026 son rapport sur la rupture de la digue de Vaumont, qui a inondé 300 maisons.\n" +
      'Le préfet Paul Arnaud a salué le travail des inspecteurs.',
  ];
  const entities = () => proposalOf(french).entities;

  it('names it by the words its letters spell, lower-case words and all, as one entity with the acronym', () => {
    const body = entities().find((e) => e.aliases.some((a) => a.text === 'IRDB'));
    expect(body?.aliases.map((a) => a.text)).toContain('Inspection régionale des digues et barrages');
    // the first word alone is no entity of its own
    expect(entities().some((e) => e.aliases.some((a) => a.text === 'Inspection'))).toBe(false);
  });
});

describe('a body and its acronym used apart', () => {
  // written for this test: the full name and the acronym are never written side by side
  const english = [
    'The Water Quality Board said on Monday that 40 wells near Dunmere had been closed.\n' +
      'Dr Ruth Caddell, who chairs the board, said the closures were a precaution.',
    'Residents criticised the WQB for waiting a week before it closed the wells, Dr Ruth Caddell said on Friday.\n' +
      'The WQB will publish its findings in May, the Water Quality Board said.',
  ];
  const entities = () => proposalOf(english).entities;

  it('takes the acronym whose letters begin the words of the one name for that name', () => {
    const board = entities().find((e) => e.aliases.some((a) => a.text === 'Water Quality Board'));
    expect(board?.aliases.map((a) => a.text)).toContain('WQB');
  });

  it('reads "Dr" without its dot as a title, not a word of the name', () => {
    const person = entities().find((e) => e.aliases.some((a) => a.text === 'Ruth Caddell'));
    expect(person?.type).toBe('person');
    expect(entities().some((e) => e.aliases.some((a) => a.text.startsWith('Dr ')))).toBe(false);
  });
});

describe("a company's short name, found apart from its full name", () => {
  // written for this test: a builder, the shell company it paid through, and a town that names a club and a paper
  const spanish = [
    'La constructora Vireto Infraestructuras pagó 2 millones de euros a la sociedad Inversiones Calmar S.L. en 2023, según la Fiscalía.\n' +
      'El Club Deportivo Orvel juega en el estadio que construye Vireto desde 2022.',
    'Vireto niega haber pagado sobornos a través de Calmar, informa el Diario de Orvel.\n' +
      'Inversiones Calmar S.L. no tiene empleados, según el Diario de Orvel.',
    'El alcalde Julián Sotomayor defendió a Vireto Infraestructuras y al Club Deportivo Orvel el 4 de marzo de 2024.\n' +
      'Calmar recibió los pagos de Vireto en 14 transferencias, según la Fiscalía.',
  ];
  const entities = () => proposalOf(spanish).entities;
  const named = (name: string) => entities().filter((e) => e.aliases.some((a) => a.text === name));

  it('makes one organisation of "Vireto Infraestructuras" and "Vireto", and of "Inversiones Calmar S.L." and "Calmar"', () => {
    expect(named('Vireto')).toHaveLength(1);
    expect(named('Vireto')[0].aliases.map((a) => a.text)).toContain('Vireto Infraestructuras');
    expect(named('Vireto')[0].type).not.toBe('person');
    expect(named('Calmar')).toHaveLength(1);
    expect(named('Calmar')[0].aliases.map((a) => a.text)).toContain('Inversiones Calmar S.L.');
  });

  it('keeps apart a town whose name is in several other names ("Club Deportivo Orvel", "Diario de Orvel")', () => {
    const club = named('Club Deportivo Orvel');
    expect(club).toHaveLength(1);
    expect(club[0].aliases.map((a) => a.text)).not.toContain('Orvel');
  });
});
