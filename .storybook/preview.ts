import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import cem from '../packages/elements/custom-elements.json';
import { LOCALES } from '@scanwise/core';
import '../packages/elements/src/define.js';

setCustomElementsManifest(cem);

/** Wraps every story in the toolbar's language and colour scheme, as a host page would set them. */
const withLocaleAndScheme: Decorator = (story, { globals }) => {
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  document.body.style.background = scheme === 'dark' ? '#121417' : '#ffffff';
  return html`<div
    lang=${globals.locale ?? 'en-GB'}
    style="color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#121417' : '#ffffff'}; padding: 1rem;"
  >
    ${story()}
  </div>`;
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

const preview: Preview = {
  decorators: [withLocaleAndScheme],
  globalTypes: {
    locale: {
      description: 'Language of the components (lang on the wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every locale in the registry, then a tag that only matches a language (no number is
        // guessed) and one Scanwise does not have (the fallback, with its notice).
        items: [
          ...LOCALES.map((value) => ({ value, title: languageNames.of(value) ?? value })),
          { value: 'es', title: 'Spanish, no region (no emergency number guessed)' },
          { value: 'fr', title: 'French (not available: shows the fallback)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB', scheme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Letters', 'Guides', 'Components'] } },
  },
  tags: ['autodocs'],
};
export default preview;
