// Runs axe-core (the accessibility rules engine) in a page and returns what it found wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/** WCAG 2.1 A and AA, plus axe's best practices (heading order among them). */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The axe violations on the page as it is now; within the element `selector` names, if given. */
export async function findAxeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  // Evaluated as a script, not added as a tag: no Content-Security-Policy can refuse it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ runTags, within }) => {
      type AxeResults = {
        violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
      };
      const axe = (
        window as unknown as {
          axe: { run(context: Document | string, options: object): Promise<AxeResults> };
        }
      ).axe;
      const results = await axe.run(within ?? document, {
        runOnly: { type: 'tag', values: runTags },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      }));
    },
    { runTags: tags, within: selector },
  );
}
