/**
 * Every locale's pack, loaded and registered at once: for Node (letters, servers rendering the
 * elements), where size does not matter and text must be there before the first render.
 * A browser page does not need this: the elements load the packs they use.
 *
 *   import '@scanwise/core/locales/all';
 */
import enGBBase from './en-GB/base.js';
import enGBGuide from './en-GB/guide.js';
import enUSBase from './en-US/base.js';
import enUSGuide from './en-US/guide.js';
import esESBase from './es-ES/base.js';
import esESGuide from './es-ES/guide.js';
import esUSBase from './es-US/base.js';
import esUSGuide from './es-US/guide.js';
import { registerLocale, type Locale } from './registry.js';
import type { BasePack, GuidePack } from './pack.js';

const ALL: Record<Locale, [BasePack, GuidePack]> = {
  'en-GB': [enGBBase, enGBGuide],
  'en-US': [enUSBase, enUSGuide],
  'es-US': [esUSBase, esUSGuide],
  'es-ES': [esESBase, esESGuide],
};

for (const [locale, parts] of Object.entries(ALL) as [Locale, [BasePack, GuidePack]][]) {
  for (const part of parts) registerLocale(locale, part);
}
