// Browser tests: real Chromium (Debian's package, or CHROMIUM_BIN), mocha, axe.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';

/** Writes the pass/fail counts to .wtr-results.json for scripts/test.mjs to total. */
function countReporter() {
  const count = (suite, acc) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite?.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.fileErrors++;
      }
      writeFileSync('.wtr-results.json', JSON.stringify(acc));
    },
  };
}

/**
 * `pdf-pages`: prints the test page to PDF in headless Chromium (A4 or US Letter; half-inch
 * margins, the browsers' default print margins or wider, unless `margin` says otherwise) and
 * returns the number of pages.
 * `pdf-first-page-text`: the same print, and the text of its first page.
 * Print tests use them to hold the plan to one or two sheets, starting where it stands.
 */
function pdfPagesCommand() {
  return {
    name: 'pdf-pages',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pdf-pages' && command !== 'pdf-first-page-text') return undefined;
      const page = session.browser.getPage(session.id);
      const m = payload?.margin ?? '0.5in';
      const pdf = await page.pdf({ format: payload?.format ?? 'A4', margin: { top: m, right: m, bottom: m, left: m } });
      if (command === 'pdf-first-page-text') {
        // pdftotext (poppler-utils, which .ci/run installs) reads page 1 from standard input.
        return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-', '-'], { input: pdf, encoding: 'utf8' });
      }
      // Skia writes each page object's dictionary uncompressed: count them.
      return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    },
  };
}

/**
 * `block-requests`: makes the test page's requests whose URL matches `pattern` (a glob) fail, as
 * a pack whose chunk cannot be downloaded would (offline, a deploy that lost a file).
 */
function blockRequestsCommand() {
  return {
    name: 'block-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-requests') return undefined;
      const page = session.browser.getPage(session.id);
      await page.route(payload.pattern, (route) => route.abort('failed'));
      return true;
    },
  };
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: { exportConditions: ['@scanwise/source', 'production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), pdfPagesCommand(), blockRequestsCommand()],
  browsers: [
    playwrightLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    }),
  ],
  concurrency: 1,
  // The clinical tables run every sign and state per file; on two busy cores a file can take minutes.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
