import { localeText, type Locale } from '../locales/registry.js';
import type { ServiceOverrides } from './catalog.js';
import type { ServiceContacts } from './signs.js';

const pick = (override: string | undefined, fallback: string) => override?.trim() || fallback;

/**
 * The locale's services with any overrides applied. A blank override keeps the locale's
 * own value, so an empty form field can never remove an emergency number.
 */
export function servicesFor(locale: Locale, overrides: ServiceOverrides = {}): ServiceContacts {
  const { emergency, urgent } = localeText(locale).services;
  return {
    emergency: {
      number: pick(overrides.emergency?.number, emergency.number),
      service: pick(overrides.emergency?.service, emergency.service),
    },
    urgent: {
      line: pick(overrides.urgent?.line, urgent.line),
      place: pick(overrides.urgent?.place, urgent.place),
    },
  };
}
