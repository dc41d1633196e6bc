/** Where the evidence page is written: docs/evidence.md. */
export const EVIDENCE_PAGE_URL: URL;

/** The command that writes the evidence page again. */
export const REGENERATE: string;

/** The anchor GitHub and Storybook's Markdown block both give a heading. */
export function slug(heading: string): string;

/** The evidence page as the registry makes it today: plain Markdown. */
export function evidencePage(): string;
