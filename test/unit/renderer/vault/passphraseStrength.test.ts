import { describe, expect, it } from 'vitest';
import { assessPassphrase, PASSPHRASE_MIN_CHARS } from '../../../../renderer/vault/passphraseStrength';

describe('passphrase strength', () => {
  it.each([
    ['aaaaaaaaaaaa', 'repeated'],
    ['123456789012', 'sequence'],
    ['qwertyuiopas', 'sequence'],
    ['Password1234', 'common-word'],
    ['passpasspass', 'repeated'],
  ])('finds %s weak and says why (%s)', (passphrase, problem) => {
    const assessment = assessPassphrase(passphrase);
    expect(assessment.isAcceptable).toBe(false);
    expect(assessment.problems).toContain(problem);
  });

  it('counts names from the form as easy to guess', () => {
    const assessment = assessPassphrase('Amina Haddad 2026', ['Amina Haddad', 'Central Prison']);
    expect(assessment.problems).toContain('personal-word');
    expect(assessment.isAcceptable).toBe(false);
    expect(assessPassphrase('Amina Haddad 2026').isAcceptable).toBe(true);
  });

  it('accepts a few unrelated words, in any script', () => {
    expect(assessPassphrase('blue river stone lamp')).toMatchObject({ level: 'strong', isAcceptable: true, problems: [] });
    expect(assessPassphrase('حصان صحيح بطارية').isAcceptable).toBe(true);
  });

  it('requires the minimum length, counted in characters after NFC, whatever the strength', () => {
    const short = 'kq8vz3mwpx7';
    expect(Array.from(short)).toHaveLength(PASSPHRASE_MIN_CHARS - 1);
    expect(assessPassphrase(short)).toMatchObject({ isAcceptable: false });
    expect(assessPassphrase(short).problems).toContain('too-short');
    const decomposed = 'cafe\u0301 cafe\u0301 ok';
    expect(assessPassphrase(decomposed).length).toBe(Array.from(decomposed.normalize('NFC')).length);
  });

  it('scores on a 0–4 scale that only grows as a passphrase gets longer with fresh characters', () => {
    const scores = ['k', 'kq8v', 'kq8vz3mw', 'kq8vz3mwpx7t', 'kq8vz3mwpx7tr2hs'].map((text) => assessPassphrase(text).score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[0]).toBe(0);
    expect(scores.at(-1)).toBeGreaterThanOrEqual(3);
  });
});
