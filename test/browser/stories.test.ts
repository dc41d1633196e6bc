import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../packages/elements/src/define.js';
import * as iconArray from '../../stories/icon-array.stories.js';
import * as benefitsHarms from '../../stories/benefits-harms.stories.js';
import * as imagingQuestionnaire from '../../stories/imaging-questionnaire.stories.js';
import * as watchfulWaitingPlan from '../../stories/watchful-waiting-plan.stories.js';
import * as consultation from '../../stories/consultation.stories.js';
import './helpers/locales.js';
import { LOCALES } from '../../packages/core/src/index.js';

type StoryModule = Record<string, unknown> & {
  default: { render?: (args: never) => TemplateResult; args?: object };
};
interface Story {
  render?: (args: never) => TemplateResult;
  args?: object;
}

/**
 * Every story of every component renders something and passes axe, as a designer sees it, in
 * every language of the registry (Storybook's language toolbar sets `lang` on a wrapper, as here).
 */
for (const [file, mod] of Object.entries({ iconArray, imagingQuestionnaire, benefitsHarms, watchfulWaitingPlan, consultation }) as [
  string,
  StoryModule,
][]) {
  describe(`stories: ${file}`, () => {
    for (const [name, story] of Object.entries(mod) as [string, Story][]) {
      if (name === 'default' || typeof story !== 'object' || story === null) continue;
      for (const locale of LOCALES) {
        it(`${name} renders and passes axe, ${locale}`, async () => {
          const args = { ...mod.default.args, ...story.args } as never;
          const template = (story.render ?? mod.default.render)!(args);
          const wrapper = document.createElement('div');
          wrapper.lang = locale;
          const host = await fixture<HTMLDivElement>(wrapper);
          render(template, host);
          const elements = [...host.querySelectorAll('*')].filter((e) => e.localName.startsWith('sdm-'));
          expect(elements.length).to.be.greaterThan(0);
          for (const el of elements) {
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            expect(el.shadowRoot?.textContent?.trim().length ?? 0, `${el.localName} is blank`).to.be.greaterThan(0);
          }
          await expect(host).to.be.accessible();
        });
      }
    }
  });
}
