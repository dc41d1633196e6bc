/** Types for scripts/components.mjs (the one list of components). */
export const ELEMENTS_SRC: string;
export const REACT_SRC: string;
export function componentFolders(base?: string): string[];
export function elementExports(folders?: string[]): Record<string, unknown>;
export function reactExports(folders?: string[]): Record<string, unknown>;
export function elementEntries(folders?: string[]): string[];
export function cdnBundles(folders?: string[]): [string, string][];
export function reactEntries(folders?: string[]): string[];
