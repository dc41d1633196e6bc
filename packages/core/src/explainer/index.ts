/**
 * The benefits-versus-harms explainer, DOM-free: its words per locale and the data model
 * `<sdm-benefits-harms>` and the patient letter render: built to the IPDAS minimum standards,
 * with framing tailored by the questionnaire's belief themes.
 */
export {
  GLANCE_ROW_IDS,
  OPTION_IDS,
  OPTION_SECTIONS,
  SECTION_IDS,
  type AboutStatements,
  type ExplainerContent,
  type GlanceRowContent,
  type GlanceRowId,
  type OptionContent,
  type OptionId,
  type OptionSectionId,
  type PointContent,
  type SectionContent,
  type SectionId,
} from './content.js';
export { explainerModel } from './model.js';
export { checkProfile, readProfile, validateProfile } from './profile.js';
export type {
  EmergencyGuidance,
  ExplainerAbout,
  ExplainerComparison,
  ExplainerGlance,
  ExplainerInput,
  ExplainerModel,
  ExplainerModule,
  ExplainerOption,
  ExplainerPoint,
  ExplainerSection,
  ExplainerSource,
  ExplainerVariant,
  FactRef,
  GlanceCell,
  GlanceRow,
  ModuleId,
  ProfileProblem,
} from './types.js';
export { radiationFactId, type ScanType } from '../evidence/facts.js';
