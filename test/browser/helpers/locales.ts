/**
 * Loads every locale's pack before a test file runs, so tests that read the words they expect
 * (`localeText`) find them, and elements draw at once as they would on a page that has loaded
 * its packs. How the elements load a pack themselves is tested without this, in
 * locale-loading.test.ts.
 */
import { loadLocale, LOCALES } from '../../../packages/core/src/index.js';

await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
