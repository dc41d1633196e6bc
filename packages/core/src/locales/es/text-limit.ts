import type { TextLimitWords } from '../../i18n/text-limit.js';

/** What a text box says near its limit, in Spanish; `n` writes a number in the locale's style. */
export function textLimit(n: (x: number) => string): TextLimitWords {
  return {
    count: (used, max) => `${n(used)} de ${n(max)} caracteres`,
    lineCount: (line, used, max) => `Línea ${n(line)}: ${n(used)} de ${n(max)} caracteres`,
    near: (max) => `Está cerca del límite de ${n(max)} caracteres.`,
    full: (max) => `Ha llegado al límite de ${n(max)} caracteres.`,
    lineNear: (line, max) => `La línea ${n(line)} está cerca del límite de ${n(max)} caracteres.`,
    lineOver: (line, max) => `La línea ${n(line)} es demasiado larga. El máximo es de ${n(max)} caracteres. Hágala más corta, por favor.`,
    clipped: (max) => `Parte de lo que escribió no cabe. El máximo es de ${n(max)} caracteres.`,
  };
}
