import { describe, expect, it } from 'vitest';
import { normalisePersonName, personNameKeys, splitPersonName } from '../../src/model/person-name';

describe('splitPersonName', () => {
  it('reads the last word of a natural-order name as the family name', () => {
    expect(splitPersonName('Fanqing Meng')).toEqual({ given: 'Fanqing', family: 'Meng' });
  });

  it('reads BibTeX `Family, Given` order', () => {
    expect(splitPersonName('Meng, Fanqing')).toEqual({ given: 'Fanqing', family: 'Meng' });
  });

  it('keeps lower-case particles with the family name', () => {
    expect(splitPersonName('Ana de la Fuente')).toMatchObject({
      given: 'Ana',
      family: 'de la Fuente',
    });
  });

  it('keeps a suffix apart in both orders', () => {
    expect(splitPersonName('Ford, Jr., Henry')).toEqual({
      given: 'Henry',
      family: 'Ford',
      suffix: 'Jr.',
    });
    expect(splitPersonName('Henry Ford, Jr.')).toMatchObject({ given: 'Henry', family: 'Ford' });
  });

  it('treats a single word as a family name', () => {
    expect(splitPersonName('Plato')).toMatchObject({ given: '', family: 'Plato' });
  });
});

describe('normalisePersonName', () => {
  it('gives the same key for both orders, accents and case', () => {
    expect(normalisePersonName('Araújo, João')).toBe('joao araujo');
    expect(normalisePersonName('JOÃO ARAUJO')).toBe('joao araujo');
  });

  it('drops apostrophes and reads hyphens as word breaks', () => {
    expect(normalisePersonName("Li'an Bi")).toBe('lian bi');
    expect(normalisePersonName('Chi-Wing Fu')).toBe(normalisePersonName('Chi Wing Fu'));
  });

  it('folds letters that have no decomposition', () => {
    expect(normalisePersonName('Søren Łukasz')).toBe('soren lukasz');
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
