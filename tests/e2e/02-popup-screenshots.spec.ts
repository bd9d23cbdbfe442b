import { mkdirSync } from 'node:fs';
import { expect, test } from './popup-fixtures';
import { handCapture } from './popup-capture';

// Reviewers look at these without installing anything (shown in the README).
const OUT = 'docs/screenshots';

for (const { lang, code, save, phone } of [
  { lang: 'en-US', code: 'en', save: 'Save to CRM', phone: 'Phone' },
  { lang: 'pt-BR', code: 'pt-BR', save: 'Salvar no CRM', phone: 'Telefone' },
]) {
  test.describe(`popup screenshots (${code})`, () => {
    test.use({ lang, viewport: { width: 432, height: 900 } });

    test(`light and dark, ${code}`, async ({ connect, openPopup, worker }) => {
      mkdirSync(OUT, { recursive: true });
      await connect(['Syncro', 'Synax']);
      const popup = await openPopup(await handCapture(worker, `shot-${code}`));
      const page = popup.page;
      await expect(page.getByRole('button', { name: save })).toBeVisible();
      await expect(page.getByLabel(phone, { exact: true })).toHaveValue('(11) 98765-4321');
      // Both destinations, so the Syncro and Synax sections are in the picture.
      for (const name of ['Syncro', 'Synax']) await page.getByRole('checkbox', { name, exact: true }).check();
      await page.getByRole('option', { name: 'Vendas' }).waitFor({ state: 'attached' });
      await page.getByRole('textbox').first().focus();
      // The whole form in one picture, with the sticky save bar where it ends up after scrolling.
      await page.setViewportSize({ width: 432, height: await page.evaluate(() => document.documentElement.scrollHeight) });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${OUT}/popup-${code}-${scheme}.png` });
      }
    });
  });
}
