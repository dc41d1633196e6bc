import { expect } from '@open-wc/testing';
import './helpers/locales.js';

describe('registration', () => {
  it('importing the class does not register the element', async () => {
    const { SdmIconArray } = await import('../../packages/elements/src/icon-array/icon-array.js');
    expect(SdmIconArray).to.be.a('function');
    expect(customElements.get('sdm-icon-array')).to.equal(undefined);
  });

  it('the define module registers it', async () => {
    const { SdmIconArray } = await import('../../packages/elements/src/icon-array/icon-array.js');
    await import('../../packages/elements/src/icon-array/define.js');
    expect(customElements.get('sdm-icon-array')).to.equal(SdmIconArray);
  });

  it('a second copy of the library warns and does not throw', async () => {
    const { defineElement } = await import('../../packages/elements/src/shared/define.js');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      class SecondCopy extends HTMLElement {}
      expect(() => defineElement('sdm-icon-array', SecondCopy)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sdm-icon-array> is already defined');
  });

  it('defining the same class twice is silent', async () => {
    const { defineElement } = await import('../../packages/elements/src/shared/define.js');
    const { SdmIconArray } = await import('../../packages/elements/src/icon-array/icon-array.js');
    const warn = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    defineElement('sdm-icon-array', SdmIconArray);
    console.warn = warn;
    expect(warned).to.equal(false);
  });
});
