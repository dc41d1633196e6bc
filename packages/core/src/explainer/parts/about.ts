import { contentMeta } from '../../evidence/facts.js';
import { localeText, type Locale } from '../../locales/registry.js';
import { formatDate } from '../../i18n/messages.js';
import { isRecord } from '../../questionnaire/scoring.js';
import type { AboutStatements, ExplainerContent } from '../content.js';
import type { ExplainerAbout, ExplainerVariant } from '../types.js';

/** "About this information"; the one-page summary leaves out the line its sources list already says. */
export function aboutPart(content: ExplainerContent, locale: Locale, override: unknown, variant: ExplainerVariant): ExplainerAbout {
  const a = content.about;
  const statements = { ...a.statements };
  if (isRecord(override)) {
    for (const key of Object.keys(statements) as (keyof AboutStatements)[]) {
      const v = override[key];
      if (typeof v === 'string' && v.trim()) statements[key] = v.trim();
    }
  }
  return {
    heading: a.heading,
    version: contentMeta.version,
    published: contentMeta.published,
    reviewBy: contentMeta.reviewBy,
    publishedDate: formatDate(contentMeta.published, locale),
    reviewByDate: formatDate(contentMeta.reviewBy, locale),
    labels: { version: a.versionLabel, published: a.publishedLabel, reviewBy: a.reviewByLabel },
    lines: [
      // A translation no clinician fluent in the language has checked yet says so first.
      ...(localeText(locale).reviewed ? [] : [localeText(locale).messages.needsClinicalReview]),
      ...(variant === 'summary' ? [] : [a.evidence]),
      statements.updatePolicy,
      statements.authorship,
      statements.funding,
      statements.conflicts,
      a.status,
      a.notAdvice,
    ],
    statements,
  };
}
