import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MissingConfigPage } from './MissingConfigPage';

describe('the page of a build without its configuration', () => {
  it('shows a page that says exactly what is missing, in the user’s language', () => {
    const da = renderToStaticMarkup(
      createElement(MissingConfigPage, { missing: ['NM_CLIENT_ID', 'NM_APP_URL'], locale: 'da' }),
    );
    expect(da).toContain('Appen mangler opsætning');
    expect(da).toContain('<code>NM_CLIENT_ID</code>');
    expect(da).toContain('<code>NM_APP_URL</code>');
    expect(
      renderToStaticMarkup(
        createElement(MissingConfigPage, { missing: ['NM_CLIENT_ID'], locale: 'en' }),
      ),
    ).toContain('The app is not configured');
  });
});
