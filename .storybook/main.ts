import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Telemetry is the only network call Storybook makes; off, it neither leaks nor hangs.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Resolve workspace packages to their TypeScript sources: no build needed for `npm start`.
  viteFinal: async (cfg) => ({
    ...cfg,
    resolve: { ...cfg.resolve, conditions: ['@scanwise/source', ...defaultClientConditions] },
  }),
};
export default config;
