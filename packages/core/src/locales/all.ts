/**
 * Every locale's pack, loaded and registered at once: for Node (letters, servers rendering the
 * elements), where size does not matter and text must be there before the first render.
 * A browser page does not need this: the elements load the packs they use.
 *
 *   import '@scanwise/core/locales/all';
 */
import enGBBase from './en-GB/base.js';
import enGBGuide from './en-GB/guide.js';
import enGBInput from './en-GB/input.js';
import enUSBase from './en-US/base.js';
import enUSGuide from './en-US/guide.js';
import enUSInput from './en-US/input.js';
import esESBase from './es-ES/base.js';
import esESGuide from './es-ES/guide.js';
import esESInput from './es-ES/input.js';
import esUSBase from './es-US/base.js';
import esUSGuide from './es-US/guide.js';
import esUSInput from './es-US/input.js';
import { registerLocale, type Locale } from './registry.js';
import type { BasePack, GuidePack, InputPack } from './pack.js';

type Parts = [BasePack, GuidePack, InputPack];
const ALL: Record<Locale, Parts> = {
  'en-GB': [enGBBase, enGBGuide, enGBInput],
  'en-US': [enUSBase, enUSGuide, enUSInput],
  'es-US': [esUSBase, esUSGuide, esUSInput],
  'es-ES': [esESBase, esESGuide, esESInput],
};

for (const [locale, parts] of Object.entries(ALL) as [Locale, Parts][]) {
  for (const part of parts) registerLocale(locale, part);
}
