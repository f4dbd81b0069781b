import { describe, expect, it } from 'vitest';
import { toCslName } from '../../../src/export/format-csl-json';
import { formatAuthors } from '../../../src/export/format-bibtex';
import {
  fullFamilyName,
  normalisePersonName,
  personNameKeys,
  splitPersonName,
} from '../../../src/model/paper/person-name';

describe('splitPersonName', () => {
  it('reads the last word of a natural-order name as the family name', () => {
    expect(splitPersonName('Fanqing Meng')).toEqual({
      kind: 'person',
      given: 'Fanqing',
      family: 'Meng',
    });
  });

  it('reads BibTeX `Family, Given` order', () => {
    expect(splitPersonName('Meng, Fanqing')).toMatchObject({ given: 'Fanqing', family: 'Meng' });
  });

  it.each([
    // Dutch and German particles, in both orders
    ['Hans van den Berg', { given: 'Hans', particle: 'van den', family: 'Berg' }],
    ['van den Berg, Hans', { given: 'Hans', particle: 'van den', family: 'Berg' }],
    ['Ludwig von Mises', { given: 'Ludwig', particle: 'von', family: 'Mises' }],
    ['Maarten de Rijke', { given: 'Maarten', particle: 'de', family: 'Rijke' }],
    // Spanish and Portuguese: particles, and double surnames as sources mark them with a comma
    ['Ana de la Fuente', { given: 'Ana', particle: 'de la', family: 'Fuente' }],
    ['García Márquez, Gabriel', { given: 'Gabriel', family: 'García Márquez' }],
    ['Haitz Sáez de Ocáriz Borde', { given: 'Haitz Sáez', particle: 'de', family: 'Ocáriz Borde' }],
    ['João dos Santos', { given: 'João', particle: 'dos', family: 'Santos' }],
    // Arabic patronymics
    ['Ahmad bin Said', { given: 'Ahmad', particle: 'bin', family: 'Said' }],
    ['Omar ibn al Khattab', { given: 'Omar', particle: 'ibn al', family: 'Khattab' }],
    // Chinese and Korean names in the order arXiv prints them, and family-first with a comma
    ['Fanqing Meng', { given: 'Fanqing', family: 'Meng' }],
    ['Chi-Wing Fu', { given: 'Chi-Wing', family: 'Fu' }],
    ['Kim, Min-jun', { given: 'Min-jun', family: 'Kim' }],
    ['Min-jun Kim', { given: 'Min-jun', family: 'Kim' }],
    ['Meng，Fanqing', { given: 'Fanqing', family: 'Meng' }],
    ['孟繁清', { given: '', family: '孟繁清' }],
    // suffixes, in every order
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['Henry Ford, Jr.', { given: 'Henry', family: 'Ford', suffix: 'Jr.' }],
    ['Ford, Jr., Henry', { given: 'Henry', family: 'Ford', suffix: 'Jr.' }],
    ['John Smith III', { given: 'John', family: 'Smith', suffix: 'III' }],
  ])('splits %s', (name, parts) => {
    expect(splitPersonName(name)).toEqual({ kind: 'person', ...parts });
  });

  it('keeps organizations whole', () => {
    expect(splitPersonName('Qwen Team')).toEqual({ kind: 'organization', literal: 'Qwen Team' });
    expect(splitPersonName('GLM-V  Team')).toEqual({ kind: 'organization', literal: 'GLM-V Team' });
    expect(splitPersonName('Google DeepMind')).toMatchObject({ kind: 'organization' });
  });

  it('treats a single word as a family name', () => {
    expect(splitPersonName('Plato')).toEqual({ kind: 'person', given: '', family: 'Plato' });
  });

  it('never reads a particle as the whole family name', () => {
    expect(splitPersonName('Mario De')).toMatchObject({ given: 'Mario', family: 'De' });
    expect(splitPersonName('Ana de')).toMatchObject({ given: 'Ana', family: 'de' });
  });
});

describe('normalisePersonName', () => {
  it('gives the same key for both orders, accents and case', () => {
    expect(normalisePersonName('Araújo, João')).toBe('joao araujo');
    expect(normalisePersonName('JOÃO ARAUJO')).toBe('joao araujo');
    expect(normalisePersonName('van den Berg, Hans')).toBe(
      normalisePersonName('Hans van den Berg'),
    );
    expect(normalisePersonName('bin Said, Ahmad')).toBe(normalisePersonName('Ahmad bin Said'));
  });

  it('leaves the suffix out of the key', () => {
    expect(normalisePersonName('Ford, Jr., Henry')).toBe('henry ford');
    expect(normalisePersonName('Henry Ford Jr.')).toBe('henry ford');
  });

  it('drops apostrophes and reads hyphens as word breaks', () => {
    expect(normalisePersonName("Li'an Bi")).toBe('lian bi');
    expect(normalisePersonName('Chi-Wing Fu')).toBe(normalisePersonName('Chi Wing Fu'));
  });

  it('folds letters that have no decomposition', () => {
    expect(normalisePersonName('Søren Łukasz')).toBe('soren lukasz');
  });

  it('keys an organization by its whole name', () => {
    expect(normalisePersonName('Qwen Team')).toBe('qwen team');
  });
});

describe('personNameKeys', () => {
  it('does not give an initial and a full given name the same full key', () => {
    expect(personNameKeys('Meng, F.').full).not.toBe(personNameKeys('Fanqing Meng').full);
  });

  it('gives them the same initial-form key', () => {
    expect(personNameKeys('Meng, F.')).toEqual({ full: 'f meng', initial: 'f meng' });
    expect(personNameKeys('Fanqing Meng')).toEqual({ full: 'fanqing meng', initial: 'f meng' });
  });
});

describe('citations agree with identity', () => {
  const names = [
    'Hans van den Berg',
    'Ahmad bin Said',
    'Ana de la Fuente',
    'García Márquez, Gabriel',
    'Kim, Min-jun',
    'Martin Luther King Jr.',
    'Haitz Sáez de Ocáriz Borde',
  ];

  it.each(names)('%s: the CSL family name is the family name identity keys on', (name) => {
    const csl = toCslName(name);
    if (!('family' in csl)) throw new Error('expected a person');
    const cited = [csl['non-dropping-particle'], csl.family].filter(Boolean).join(' ');
    expect(cited).toBe(fullFamilyName(splitPersonName(name)));
    expect(normalisePersonName(`${cited}, ${csl.given ?? ''}`)).toBe(normalisePersonName(name));
  });

  it('writes particles, suffixes and organizations the way BibTeX reads them', () => {
    expect(formatAuthors(['Hans van den Berg', 'Ahmad bin Said'], 'utf8')).toBe(
      'van den Berg, Hans and bin Said, Ahmad',
    );
    expect(formatAuthors(['Martin Luther King Jr.', 'Qwen Team'], 'utf8')).toBe(
      'King, Jr., Martin Luther and {Qwen Team}',
    );
  });
});
