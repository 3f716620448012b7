import { describe, expect, it } from 'vitest';
import { createPageT, usePageT } from './createPageT';
import { renderInLanguage } from './render-in-language';

const pageId = { 'page.greeting': 'Halo, {name}', 'page.plain': 'Polos' };
const pageEn: Record<keyof typeof pageId, string> = {
  'page.greeting': 'Hello, {name}',
  'page.plain': 'Plain',
};
const page = createPageT<keyof typeof pageId>(pageId, pageEn);

function Probe() {
  const { t, pageT, language } = usePageT(page);
  return (
    <p>
      {language}|{t('app.back')}|{t('page.greeting', { name: 'Sari' })}|{pageT('page.plain')}
    </p>
  );
}

describe('createPageT', () => {
  it("knows the page's own keys only", () => {
    expect(page.isPageKey('page.plain')).toBe(true);
    expect(page.isPageKey('app.back')).toBe(false);
    expect(page.isPageKey('toString')).toBe(false);
  });

  it("looks a page's message up in either language, placeholders filled", () => {
    expect(page.translatePage('id', 'page.greeting', { name: 'Sari' })).toBe('Halo, Sari');
    expect(page.translatePage('en', 'page.greeting', { name: 'Sari' })).toBe('Hello, Sari');
  });

  it.each([
    ['id', '<p>id|Kembali|Halo, Sari|Polos</p>'],
    ['en', '<p>en|Back|Hello, Sari|Plain</p>'],
  ] as const)('gives a %s page both catalogues through t, its own through pageT', (language, markup) => {
    expect(renderInLanguage(<Probe />, language)).toBe(markup);
  });
});
