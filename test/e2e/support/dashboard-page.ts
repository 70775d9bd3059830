import type { Page } from 'playwright-core';

/** Helpers that drive the dashboard the way a user does (Playwright pierces open shadow roots). */
export class DashboardPage {
  constructor(readonly page: Page) {}

  /** Type in the collectivity autocomplete and pick the option starting with `optionText`. */
  async pickCollectivity(typed: string, optionText: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: 'Votre collectivité' });
    await input.fill('');
    await input.pressSequentially(typed, { delay: 20 });
    const option = this.page.getByRole('option', { name: optionText }).first();
    await option.waitFor();
    // Keyboard: move to the option, then Enter.
    const options = await this.page.getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.trim().startsWith(optionText));
    if (index < 0) throw new Error(`no option starts with ${optionText}: ${options.join(' | ')}`);
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    await input.press('Enter');
  }

  async typeNeed(need: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Votre besoin' }).fill(need);
  }

  /** The ids of the ranked results, in order, once the list has settled on `first` (if given). */
  async resultIds(): Promise<string[]> {
    await this.page.locator('result-card').first().waitFor();
    return this.page
      .locator('result-card a[data-practice]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-practice') ?? ''));
  }

  /** Wait until the ranked ids equal `expected` (the list re-renders after a debounce). */
  async waitForRanking(expected: string[], timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let ids: string[] = [];
    while (Date.now() < deadline) {
      ids = await this.resultIds();
      if (JSON.stringify(ids) === JSON.stringify(expected)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`ranking is\n${ids.join('\n')}\nexpected\n${expected.join('\n')}`);
  }

  async openView(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Vues' }).getByRole('link', { name }).click();
  }
}
