import { describe, expect, it } from 'vitest';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

const typeOf = (texts: string[], name: string) =>
  proposeFromSeeds(texts.map((text, i) => ({ key: `S${i}`, file: `${i}.txt`, text }))).watchlist.entities.find((e) => e.aliases[0].text === name)?.type;

describe('entity types from the seeds', () => {
  it('types a name listed between people named in full as a person, though its given name is in no list', () => {
    const texts = [
      'Jane Roe a envoyé le 3 mai 2017 un courriel à Steve Halloran, Zorwin Marsh et Brad Okafor, selon Acme.',
      'The memo of 4 May 2017 went to Brad Okafor and Zorwin Marsh, Acme said.',
    ];
    expect(typeOf(texts, 'Zorwin Marsh')).toBe('person');
  });

  it('leaves a name named without such neighbours untyped', () => {
    const texts = [
      'Le 3 mai 2017, Zorwin Marsh a publié un rapport de 40 pages sur Acme, selon Jane Roe.',
      'The 4 May 2017 report by Zorwin Marsh runs to 40 pages, Acme said.',
    ];
    expect(typeOf(texts, 'Zorwin Marsh')).toBe('other');
  });

  it('types a one-word name written after « à » as a place, a person named in full there stays a person', () => {
    const texts = [
      'Jane Roe a rencontré les dirigeants d’Acme à Velmora le 3 mai 2017, selon Acme.',
      'Le 4 mai 2017, Acme a ouvert un bureau à Velmora, a écrit Jane Roe à Zorwin Marsh.',
      'Acme a versé 3 000 euros à Zorwin Marsh en juin 2017, selon Jane Roe.',
    ];
    expect(typeOf(texts, 'Velmora')).toBe('place');
    expect(typeOf(texts, 'Zorwin Marsh')).not.toBe('place');
  });

  it('types a German name written with its article after a preposition ("in die Tarnau", "an der Tarnau") as a place', () => {
    // written for this test: a river the seeds name only with its article
    const texts = [
      'Der Anglerverband Tarnau zählte am 4. Mai 2026 die toten Fische, sagte Hans Göbel.',
      'Am 3. Mai 2026 flossen 4.000 Liter Lösungsmittel aus dem Werk der Velmora Chemie AG in die Tarnau, sagte Hans Göbel.',
      'An der Tarnau starben am 4. Mai 2026 tausende Fische, teilte die Velmora Chemie AG mit.',
      'Hans Göbel ließ am 5. Mai 2026 Proben aus der Tarnau nehmen.',
    ];
    expect(typeOf(texts, 'Tarnau')).toBe('place');
  });

  it('reads « Me » before a name as the French title of a lawyer (Maître), not part of the name', () => {
    const texts = [
      '« Nous irons jusqu’au bout », a déclaré le 3 mai 2017 l’avocate du collectif, Me Inès Labrousse, contre Acme.',
      'Le 4 mai 2017, Me Inès Labrousse a déposé plainte contre Acme au nom de 214 habitants.',
    ];
    expect(typeOf(texts, 'Inès Labrousse')).toBe('person');
    expect(typeOf(texts, 'Me Inès Labrousse')).toBeUndefined();
  });

  it('types a body named by what it is (« Club Deportivo X », « Inversiones X », « Área de Urbanismo ») as an organisation', () => {
    const texts = [
      'El 3 de mayo de 2017, el Club Deportivo Velmora firmó con Acme, según Jane Roe, y pagó a Inversiones Zorwin 3.000 euros.',
      'El Área de Urbanismo aprobó el 4 de mayo de 2017 el proyecto del Club Deportivo Velmora, dijo Jane Roe.',
      'Inversiones Zorwin recibió en junio de 2017 otro pago de Acme, según Jane Roe.',
    ];
    expect(typeOf(texts, 'Club Deportivo Velmora')).toBe('org');
    expect(typeOf(texts, 'Inversiones Zorwin')).toBe('org');
    expect(typeOf(texts, 'Área de Urbanismo')).toBe('org');
  });

  it('types a town the seeds name their courts and papers after (« La Voz de X », « Audiencia Provincial de X ») as a place', () => {
    const texts = [
      'El 3 de mayo de 2017, La Voz de Velmora publicó que Acme había pagado 3.000 euros a Jane Roe.',
      'La Audiencia Provincial de Velmora juzgará a Jane Roe, según El Heraldo de Velmora del 4 de mayo de 2017.',
      'Acme construirá en junio de 2017 el nuevo estadio del Club Deportivo Velmora, dijo Jane Roe.',
      'Luis de Guindos y Jane Roe visitaron Acme el 5 de mayo de 2017.',
    ];
    expect(typeOf(texts, 'Velmora')).toBe('place');
    expect(typeOf(texts, 'Acme')).not.toBe('place');
  });

  it('does not take a German noun before „von“ for an institution named after a town („Spuren von X“ are traces of it)', () => {
    // written for this test: a solvent the seeds name as a substance, never as a place
    const texts = [
      'Nach Angaben der Velmora Chemie AG flossen am 3. Mai 2026 etwa 4.000 Liter Tarnolin in den Kanal. Tarnolin ist giftig für Fische und sinkt auf den Grund, sagte Hans Göbel.',
      'Die Prüfer wiesen am 6. Mai 2026 Spuren von Tarnolin im Rohwasser des Wasserwerks nach, teilte die Velmora Chemie AG mit.',
    ];
    expect(typeOf(texts, 'Tarnolin')).toBe('other');
  });

  it('does not take « Fuentes de X » ("sources of X") opening a sentence for a name', () => {
    const texts = [
      'Fuentes de Acme señalaron el 3 de mayo de 2017 que Jane Roe había firmado el contrato.',
      'El 4 de mayo de 2017, Acme confirmó el contrato con Jane Roe.',
    ];
    expect(typeOf(texts, 'Fuentes de Acme')).toBeUndefined();
    expect(typeOf(texts, 'Acme')).toBeDefined();
  });

  it('types a name after a place noun and "of" (« le village de X », « la préfète de la X », "the mayor of X") as a place', () => {
    const texts = [
      'Le feu est parti le 3 mai 2017 près du village de Varnelle, selon la préfète de la Dorsange, Jane Roe.',
      'Acme a ouvert le 4 mai 2017 un centre d’accueil pour les habitants de Varnelle et de la Dorsange.',
      'The mayor of Varnelle thanked Acme on 5 May 2017 for its help in the Dorsange.',
    ];
    expect(typeOf(texts, 'Varnelle')).toBe('place');
    expect(typeOf(texts, 'Dorsange')).toBe('place');
  });

  it('types a name written after an event noun (« le concours », "the summit", «конкурс») as an event', () => {
    const texts = [
      'Jane Roe a rencontré les dirigeants d’Acme lors du concours Velmora Cup le 3 mai 2017, selon Acme.',
      'Le 4 mai 2017, Acme a sponsorisé l’émission Velmora Cup, a écrit Jane Roe.',
      'Acme a versé 3 000 euros au sommet Velmora Cup en juin 2017, selon Jane Roe.',
    ];
    expect(typeOf(texts, 'Velmora Cup')).toBe('event');
  });
});
