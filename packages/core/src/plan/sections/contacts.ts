import type { Section, SectionContext } from './context.js';

/**
 * Who to contact: the practice and the clinician (what the plan gives), then the emergency
 * service and, unless the patient is already being sent to the emergency department, the
 * same-day one.
 */
export function contactsSection({ plan, t, services }: SectionContext, withUrgent: boolean): Section<'contacts'> {
  const { practice } = plan;
  const own = [
    practice.name && t.contacts.practice(practice.name),
    practice.phone && t.contacts.phone(practice.phone),
    practice.clinician && t.contacts.clinician(practice.clinician),
  ];
  const serviceLines = [t.contacts.emergency(services.emergency), withUrgent && t.contacts.urgent(services.urgent)].filter((x): x is string => !!x);
  return {
    id: 'contacts',
    heading: t.contacts.heading,
    lines: [...own.filter((x): x is string => !!x), ...serviceLines],
    serviceLines: serviceLines.length,
  };
}
