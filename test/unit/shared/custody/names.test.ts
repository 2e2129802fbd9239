import { describe, expect, it } from 'vitest';
import { MATCH_SCORES, matchQuery, normalizeName, searchKeys } from '@shared/custody/names';
import { createNameIndex, searchNameIndex } from '@shared/custody/nameIndex';
import { applyCustodyEvents, custodyRecords, initialCustodyState } from '@shared/custody/custodyProjection';
import { generateFacility } from '@shared/custody/synthetic/generateFacility';
import { normalizeArabic } from '@shared/custody/names/arabic';
import { plainLatin } from '@shared/custody/names/latin';
import { unhashedSyntheticEvents } from '../../../builders/custody';

type Level = keyof typeof MATCH_SCORES;

/** [query, stored name, the weakest level the match must reach ('none' = must not match), note]. */
const PAIRS: readonly (readonly [string, string, Level, string])[] = [
  // Arabic spelling variants
  ['محمد', 'مُحَمَّد', 'exact', 'tashkeel and shadda'],
  ['احمد', 'أحمد', 'exact', 'hamza on alef'],
  ['ابراهيم', 'إبراهيم', 'exact', 'hamza under alef'],
  ['امنه', 'آمنة', 'exact', 'madda and ta marbuta'],
  ['فاطمه', 'فاطمة', 'exact', 'ta marbuta'],
  ['مصطفي', 'مصطفى', 'exact', 'alef maqsura'],
  ['عايشه', 'عائشة', 'exact', 'hamza on ya'],
  ['مومن', 'مؤمن', 'exact', 'hamza on waw'],
  ['عبدالله', 'عبـــدالله', 'exact', 'tatweel'],
  ['كريم', 'کریم', 'exact', 'Persian kaf and ya'],
  ['الحسن', 'ٱلحسن', 'exact', 'alef wasla'],
  ['عبدالرحمن', 'عبد الرحمن', 'folded', 'Abd joined or apart'],
  ['حسن', 'الحسن', 'exact', 'article: substring'],
  // Latin case, diacritics, transliteration
  ['cherif', 'Chérif', 'exact', 'diacritics'],
  ['BECHIR', 'Béchir', 'exact', 'case and diacritics'],
  ['Mohammed', 'Muhammad', 'folded', 'o/u, e/a, doubled letters'],
  ['Mohamed', 'Mohamad', 'folded', 'e/a'],
  ['Muhammad', 'Mohamed', 'folded', 'o/u, doubled letters'],
  ['Abdel Aziz', 'Abdulaziz', 'folded', 'Abdel/Abdul'],
  ['Abd al-Aziz', 'Abdelaziz', 'folded', 'Abd al-'],
  ['Abdurrahman', 'Abderrahmane', 'folded', 'assimilated article'],
  ['Hassan', 'Al-Hassan', 'exact', 'Al- article'],
  ['El Hassan', 'Al-Hassan', 'folded', 'El/Al'],
  ['al hassan', 'El-Hassan', 'folded', 'al/El-'],
  ['Hussein', 'Husain', 'folded', 'ei/ai, ss/s'],
  ['Husayn', 'Hussain', 'folded', 'ay/ai'],
  ['Oussama', 'Usama', 'folded', 'Ou/U'],
  ['Youssef', 'Yusuf', 'skeleton', 'vowels differ'],
  ['Jusuf', 'Yusuf', 'folded', 'J/Y'],
  ['Iusuf', 'Yusuf', 'folded', 'I/Y'],
  ['Khaled', 'Xaled', 'folded', 'kh/x'],
  ['Qasim', 'Kasim', 'folded', 'q/k'],
  ['Dhiab', 'Ziab', 'folded', 'dh/z'],
  ['Othman', 'Osman', 'folded', 'th/s'],
  ['Hicham', 'Hisham', 'folded', 'ch/sh'],
  ['Abu Bakr', 'Abubakr', 'folded', 'joined name parts'],
  ['Ahmed bin Ali', 'Ahmed ben Ali', 'folded', 'bin/ben'],
  // Order independence
  ['Al-Hassan Mohamed', 'Mohamed Al-Hassan', 'exact', 'name parts in any order'],
  ['حسن محمد', 'محمد الحسن', 'exact', 'Arabic parts in any order'],
  // Across scripts
  ['محمد', 'Mohamed', 'skeleton', 'Arabic finds Latin'],
  ['Mohamed', 'محمد', 'skeleton', 'Latin finds Arabic'],
  ['حسين', 'Hussein', 'skeleton', 'Arabic finds Latin'],
  ['Khaled', 'خالد', 'skeleton', 'kh = خ'],
  ['Chérif', 'شريف', 'skeleton', 'French ch = ش'],
  ['Fatima', 'فاطمة', 'skeleton', 'final ta marbuta'],
  ['Abdullah', 'عبد الله', 'skeleton', 'Abd + Allah'],
  ['Abdelrahman', 'عبدالرحمن', 'skeleton', 'Abd al- across scripts'],
  ['Saleh', 'صالح', 'skeleton', 'final h'],
  ['Fathi', 'فتحي', 'skeleton', 't-h across a syllable'],
  ['Moustapha', 'مصطفى', 'skeleton', 'ph = f, alef maqsura'],
  ['Djamel', 'جمال', 'skeleton', 'dj = ج'],
  ['Mohamed Al-Hassan', 'الحسن محمد', 'skeleton', 'across scripts, any order'],
  // Progressive typing
  ['Moh', 'Mohamed', 'exact', 'prefix'],
  ['Muh', 'Mohamed', 'folded', 'folded prefix'],
  ['مح', 'محمد', 'exact', 'Arabic prefix'],
  // Numbers
  ['123', 'CRP-000123', 'exact', 'register number'],
  ['١٢٣', 'CRP-000123', 'exact', 'Arabic-Indic digits'],
  // Must not match
  ['Ahmed', 'Mohamed', 'none', 'different names sharing letters'],
  ['Khaled', 'Khalil', 'none', 'different final consonant'],
  ['Omar', 'Ali', 'none', 'unrelated'],
  ['Youssef', 'Ibrahim', 'none', 'unrelated'],
  ['محمد', 'أحمد', 'none', 'Arabic: Ahmad is not Muhammad'],
  ['Fatima', 'Khadija', 'none', 'unrelated'],
  ['Mohamed Ali', 'Mohamed Hassan', 'none', 'every part must match'],
  ['Jamal', 'Kamal', 'none', 'j and k differ'],
  ['Samir', 'Amir', 'none', 's is not dropped'],
  ['عمر', 'علي', 'none', 'Arabic: Omar is not Ali'],
  ['Salim', 'Salma', 'skeleton', 'skeletons coincide: ranked lowest'],
  ['Hussein', 'Hassan', 'skeleton', 'skeletons coincide: ranked lowest'],
];

describe('name matching across scripts', () => {
  it.each(PAIRS)('%s ~ %s: %s (%s)', (query, name, level) => {
    const score = matchQuery(query)(searchKeys(name));
    if (level === 'none') expect(score).toBe(MATCH_SCORES.none);
    else expect(score).toBeGreaterThanOrEqual(MATCH_SCORES[level]);
  });

  it('has a labelled table of at least 40 pairs, positive and negative', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(PAIRS.filter(([, , level]) => level === 'none').length).toBeGreaterThanOrEqual(8);
    expect(PAIRS.filter(([query]) => /[\u0600-\u06FF]/.test(query)).length).toBeGreaterThanOrEqual(10);
  });

  it('ranks an exact spelling above a transliteration variant above a skeleton', () => {
    const keys = searchKeys(['محمد', 'Mohamed']);
    expect(matchQuery('mohamed')(keys)).toBe(MATCH_SCORES.exact);
    expect(matchQuery('Muhammad')(keys)).toBe(MATCH_SCORES.folded);
    expect(matchQuery('Hussein')(searchKeys('Hassan'))).toBe(MATCH_SCORES.skeleton);
  });

  it('matches everything on an empty query and nothing on a query of symbols only', () => {
    expect(matchQuery('')(searchKeys('Mohamed'))).toBe(MATCH_SCORES.exact);
    expect(matchQuery('  -  ')(searchKeys('Mohamed'))).toBe(MATCH_SCORES.exact);
  });

  it('keeps several names of one record in one set of keys', () => {
    const keys = searchKeys(['الحسن', 'محمد', 'Al-Hassan', 'Mohamed', 'Abu Ali', 'CRP-000042', 'ID0012345678']);
    expect(keys).toHaveLength(3);
    expect(matchQuery('abu ali')(keys)).toBe(MATCH_SCORES.exact);
    expect(matchQuery('ID0012345678')(keys)).toBe(MATCH_SCORES.exact);
    expect(matchQuery('Hasan Muhammad')(keys)).toBe(MATCH_SCORES.folded);
  });
});

describe('normalisation', () => {
  it('normalises Arabic letter forms and removes marks, tatweel and invisible controls', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('ؤئىة')).toBe('وييه');
    expect(normalizeArabic('کی')).toBe('كي');
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeArabic('عبـــد\u200Fالله')).toBe('عبدالله');
    expect(normalizeArabic('٠١٢۳')).toBe('0123');
  });

  it('folds Latin case and diacritics', () => {
    expect(plainLatin('ÉLODIE Çağlar Øre Straße')).toBe('elodie caglar ore strasse');
    expect(plainLatin("Ja'far ʿAbd")).toBe('jafar abd');
    expect(normalizeName('  Al-Hassan,  MOHAMED ')).toBe('al hassan mohamed');
  });
});

describe('name index', () => {
  it('scores every record as matchQuery does', () => {
    const keys = PAIRS.map(([, name]) => searchKeys(name));
    const index = createNameIndex(keys);
    for (const [query] of PAIRS) {
      const matcher = matchQuery(query);
      expect([...searchNameIndex(index, query)], query).toEqual(keys.map((key) => matcher(key)));
    }
  });

  it('handles an empty register, an empty query and a needle at the very end', () => {
    expect(searchNameIndex(createNameIndex([]), 'ali')).toEqual(new Uint8Array(0));
    const index = createNameIndex([searchKeys('Omar'), searchKeys('Ali')]);
    expect([...searchNameIndex(index, '')]).toEqual([3, 3]);
    expect([...searchNameIndex(index, 'li')]).toEqual([0, 3]);
  });

  it('finds a needle inside thousands of distinct tokens as matchQuery does', () => {
    const keys = Array.from({ length: 2000 }, (_, n) => searchKeys(n % 3 === 0 ? ['Ali', `ID${String(n * 7919).padStart(8, '0')}`] : [`ID${String(n * 7919).padStart(8, '0')}`]));
    const index = createNameIndex(keys);
    for (const query of ['5', '95', 'd0', 'id00', '1 ali', 'ali 9']) {
      const matcher = matchQuery(query);
      const scores = [...searchNameIndex(index, query)];
      expect(scores.filter((score) => score > 0).length, query).toBeGreaterThan(0);
      expect(scores, query).toEqual(keys.map((key) => matcher(key)));
    }
  });

  it('scores a synthetic register as matchQuery does, for every prefix of queries typed in both scripts', () => {
    const facility = generateFacility({ detainees: 300, seed: 'name-index', start: '2026-01-01T00:00:00Z', now: '2026-11-26T08:00:00Z' });
    const keys = [...custodyRecords(applyCustodyEvents(initialCustodyState(), unhashedSyntheticEvents(facility)))].map((record) => record.searchKeys);
    const index = createNameIndex(keys);
    const queries = ['Mohamed Al-Hassan', 'محمد الحسن', 'Abd Allah', 'عبد الرحمن', 'Husain', 'Youssef ben Ali', 'CRP-000012', 'el fasi', 'Shérif', 'zz 0'];
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        const matcher = matchQuery(typed);
        expect([...searchNameIndex(index, typed)], typed).toEqual(keys.map((key) => matcher(key)));
      }
    }
  });
});
