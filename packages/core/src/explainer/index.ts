/**
 * The benefits-versus-harms explainer, DOM-free: its words per locale and the data model
 * `<sdm-benefits-harms>` and the patient letter render (DECISION-AID-STANDARDS.md §A, §D.4).
 */
export {
  explainerContent,
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
export {
  explainerModel,
  readProfile,
  validateProfile,
  type EmergencyGuidance,
  type ExplainerAbout,
  type ExplainerComparison,
  type ExplainerGlance,
  type ExplainerInput,
  type ExplainerModel,
  type ExplainerModule,
  type ExplainerOption,
  type ExplainerPoint,
  type ExplainerSection,
  type ExplainerSource,
  type ExplainerVariant,
  type FactRef,
  type GlanceCell,
  type GlanceRow,
  type ModuleId,
  type ProfileProblem,
} from './model.js';
export { radiationFactId, type ScanType } from '../evidence/facts.js';
