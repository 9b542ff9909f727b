/** Types of scripts/docs-check.mjs for the tests. */
export declare const CHROMIUM: string;
export declare const MAIN_EXPORTS: ReadonlyArray<readonly [name: string, path: string]>;
export interface CheckedPage {
  name: string;
  path: string;
  screenshot: string;
  formulas?: number;
  [key: string]: unknown;
}
export declare function buildDocs(outDir: string): string;
export declare function serve(dir: string): Promise<{ url: string; close(): Promise<void> }>;
export declare function checkDocs(options?: { screenshotDir?: string; log?: (line: string) => void }): Promise<{ failures: string[]; pages: CheckedPage[] }>;
