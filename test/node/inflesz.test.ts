import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inflesz, spanishSyllables, STRING_INFLESZ, szigrisztPazos } from './helpers/inflesz.js';

/** Word, syllables, and the division that proves it (RAE orthographic syllables). */
const SYLLABLES: readonly (readonly [string, number, string])[] = [
  // plain syllables and project words
  ['espalda', 3, 'es-pal-da'],
  ['médico', 3, 'mé-di-co'],
  ['señal', 2, 'se-ñal'],
  ['imagen', 3, 'i-ma-gen'],
  ['paracetamol', 5, 'pa-ra-ce-ta-mol'],
  ['TAC', 1, 'TAC'],
  // diphthongs: weak + strong, strong + weak, weak + weak
  ['murciélago', 4, 'mur-cié-la-go'],
  ['prueba', 2, 'prue-ba'],
  ['resonancia', 4, 're-so-nan-cia'],
  ['sanitario', 4, 'sa-ni-ta-rio'],
  ['hielo', 2, 'hie-lo'],
  ['aceite', 3, 'a-cei-te'],
  ['europeo', 4, 'eu-ro-pe-o'],
  ['náusea', 3, 'náu-se-a'],
  ['cuidado', 3, 'cui-da-do'],
  ['ruido', 2, 'rui-do'],
  ['ciudad', 2, 'ciu-dad'],
  ['fisioterapeuta', 6, 'fi-sio-te-ra-peu-ta'],
  ['cuídate', 3, 'cuí-da-te'],
  ['veintiún', 2, 'vein-tiún'],
  // triphthongs
  ['Uruguay', 3, 'U-ru-guay'],
  ['buey', 1, 'buey'],
  ['estudiáis', 3, 'es-tu-diáis'],
  ['averiguáis', 4, 'a-ve-ri-guáis'],
  // hiatus of two strong vowels
  ['leer', 2, 'le-er'],
  ['poeta', 3, 'po-e-ta'],
  ['teatro', 3, 'te-a-tro'],
  ['aéreo', 4, 'a-é-re-o'],
  // hiatus with an accented í or ú
  ['país', 2, 'pa-ís'],
  ['reír', 2, 're-ír'],
  ['día', 2, 'dí-a'],
  ['radiografía', 5, 'ra-dio-gra-fí-a'],
  ['oído', 3, 'o-í-do'],
  ['baúl', 2, 'ba-úl'],
  ['reúne', 3, 're-ú-ne'],
  ['maíz', 2, 'ma-íz'],
  // two equal weak vowels
  ['chiita', 3, 'chi-i-ta'],
  // silent h, also between vowels
  ['huevo', 2, 'hue-vo'],
  ['ahora', 3, 'a-ho-ra'],
  ['alcohol', 3, 'al-co-hol'],
  ['búho', 2, 'bú-ho'],
  ['prohíbe', 3, 'pro-hí-be'],
  ['ahí', 2, 'a-hí'],
  // silent u in que, qui, gue, gui; sounded u in gua, guo; ü
  ['queso', 2, 'que-so'],
  ['quiero', 2, 'quie-ro'],
  ['aquí', 2, 'a-quí'],
  ['guitarra', 3, 'gui-ta-rra'],
  ['guerra', 2, 'gue-rra'],
  ['agua', 2, 'a-gua'],
  ['antiguo', 3, 'an-ti-guo'],
  ['pingüino', 3, 'pin-güi-no'],
  ['cigüeña', 3, 'ci-güe-ña'],
  ['vergüenza', 3, 'ver-güen-za'],
  // y: a vowel at the end of a word or alone, a consonant before a vowel
  ['hoy', 1, 'hoy'],
  ['muy', 1, 'muy'],
  ['rey', 1, 'rey'],
  ['hay', 1, 'hay'],
  ['estoy', 2, 'es-toy'],
  ['y', 1, 'y'],
  ['yo', 1, 'yo'],
  ['ayuda', 3, 'a-yu-da'],
  ['leyes', 2, 'le-yes'],
  ['paraguayo', 4, 'pa-ra-gua-yo'],
  // capitals, decomposed accents, hyphens
  ['ÁNIMO', 3, 'Á-NI-MO'],
  ['di\u0301a', 2, 'dí-a (combining accent)'],
  ['físico-químico', 6, 'fí-si-co-quí-mi-co'],
  // numbers: the syllables of the number read aloud
  ['3', 1, 'tres'],
  ['100', 1, 'cien'],
  ['35', 5, 'trein-ta-y-cin-co'],
  ['2,5', 5, 'dos-co-ma-cin-co'],
  ['1.000', 1, 'mil'],
  ['10 000', 2, 'diez mil'],
  ['1.500', 4, 'mil-qui-nien-tos'],
  ['21000', 3, 'vein-tiún-mil'],
];

describe('Spanish syllables', () => {
  for (const [word, count, division] of SYLLABLES) {
    it(`${word}: ${count} (${division})`, () => {
      assert.equal(spanishSyllables(word), count);
    });
  }

  it('counts every rule at least once (the table is not trivially small)', () => {
    assert.ok(SYLLABLES.length >= 40);
  });
});

/** Score = 206.835 − 62.3 × syllables / words − words / sentences, worked by hand. */
const SCORES: readonly { text: string; words: number; syllables: number; sentences: number }[] = [
  // El(1) do-lor(2) de(1) es-pal-da(3) sue-le(2) me-jo-rar(3) so-lo(2)
  { text: 'El dolor de espalda suele mejorar solo.', words: 7, syllables: 14, sentences: 1 },
  // ¿Le(1) due-le(2)? Lla-me(2) hoy(1). The ¿ opens a sentence, it does not end one.
  { text: '¿Le duele? Llame hoy.', words: 4, syllables: 6, sentences: 2 },
  // U-nas(2) 3(tres 1) de(1) ca-da(2) 100(cien 1) per-so-nas(3) tie-nen(2) u-na(2) se-ñal(2) de(1) a-lar-ma(3)
  { text: 'Unas 3 de cada 100 personas tienen una señal de alarma.', words: 11, syllables: 20, sentences: 1 },
  // Qué(1) ha-cer(2) si(1) al-go(2) cam-bia(2) : lla-me(2) a(1) su(1) mé-di-co(3) . \n No(1) es-pe-re(3)
  { text: 'Qué hacer si algo cambia: llame a su médico.\nNo espere', words: 11, syllables: 19, sentences: 3 },
  // ¡Pi-da(2) a-yu-da(3) a-ho-ra(3)! ; then Ten-ga(2) cal-ma(2)
  { text: '¡Pida ayuda ahora!; tenga calma', words: 5, syllables: 12, sentences: 2 },
];

describe('Szigriszt-Pazos score', () => {
  for (const { text, words, syllables, sentences } of SCORES) {
    const expected = 206.835 - 62.3 * (syllables / words) - words / sentences;
    it(`${JSON.stringify(text)} scores ${expected.toFixed(2)}`, () => {
      assert.ok(Math.abs(szigrisztPazos(text) - expected) < 1e-9, `got ${szigrisztPazos(text)}`);
    });
  }

  it('agrees with the worked numbers of the first sentence', () => {
    // 206.835 − 62.3 × 14/7 − 7/1 = 206.835 − 124.6 − 7
    assert.ok(Math.abs(szigrisztPazos('El dolor de espalda suele mejorar solo.') - 75.235) < 1e-9);
  });

  it('reads "%" as "por ciento" and does not end a sentence inside 1.000 or 3:30', () => {
    // Un(1) 5(1) por(1) cien-to(2) de(1) 1.000(1) a(1) las(1) 3:30 is 3(1) and 30(1): a number in
    // digits is one word of one syllable, however it is read aloud.
    const expected = 206.835 - 62.3 * (11 / 10) - 10 / 1;
    assert.ok(Math.abs(szigrisztPazos('Un 5 % de 1.000 a las 3:30.') - expected) < 1e-9);
  });

  it('rates a very simple text as "muy fácil" (over 80)', () => {
    const score = szigrisztPazos('Me duele la espalda. Voy a andar un poco. Tomo agua. Mañana estaré mejor.');
    assert.ok(score > 80, `score ${score.toFixed(1)}`);
    assert.equal(inflesz(score), 'muy fácil');
  });

  it(`rates a dense legal sentence under ${STRING_INFLESZ}, so the bar can fail`, () => {
    const score = szigrisztPazos(
      'El tratamiento de los datos personales de carácter sanitario se realizará de conformidad con lo ' +
        'dispuesto en la normativa vigente en materia de protección de datos, garantizando en todo momento ' +
        'la confidencialidad de la información clínica proporcionada por los interesados.',
    );
    assert.ok(score < STRING_INFLESZ, `score ${score.toFixed(1)}`);
    assert.ok(['muy difícil', 'algo difícil'].includes(inflesz(score)));
  });

  it('refuses a text without words', () => {
    assert.throws(() => szigrisztPazos(' ¿? … '), RangeError);
  });
});

describe('INFLESZ bands', () => {
  const BANDS = [
    [0, 'muy difícil'],
    [39.99, 'muy difícil'],
    [40, 'algo difícil'],
    [54.99, 'algo difícil'],
    [55, 'normal'],
    [64.99, 'normal'],
    [65, 'bastante fácil'],
    [80, 'bastante fácil'],
    [80.01, 'muy fácil'],
    [120, 'muy fácil'],
    [-20, 'muy difícil'],
  ] as const;
  for (const [score, band] of BANDS) {
    it(`${score} is "${band}"`, () => assert.equal(inflesz(score), band));
  }

  it('refuses a score that is not a number', () => {
    assert.throws(() => inflesz(Number.NaN), RangeError);
  });
});
