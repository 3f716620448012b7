import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { renderInLanguage } from '../i18n/render-in-language';
import { SaveButton, SubmitFeedback } from './FormSubmit';

describe('SubmitFeedback', () => {
  it('says nothing when the form passed its check and the server did not refuse', () => {
    expect(renderInLanguage(<SubmitFeedback failure={null} errors={{}} />, 'id')).toBe('');
  });

  it('points at the marked fields when the form failed its own check', () => {
    expect(renderInLanguage(<SubmitFeedback failure={null} errors={{ name: true }} />, 'en')).toBe(
      '<p class="field-error">Check the marked fields.</p>',
    );
  });

  it("shows the server's refusal, in the specific words given, rather than the marked fields", () => {
    const failure = new ApiError({
      code: 'conflict',
      message: 'username taken',
      status: 409,
      field: 'username',
    });
    const markup = renderInLanguage(
      <SubmitFeedback
        failure={failure}
        messageKey="admin.field.username.taken"
        errors={{ username: true }}
      />,
      'id',
    );
    expect(markup).toContain('Nama pengguna ini sudah dipakai akun lain.');
    expect(markup).toContain('data-error-code="conflict"');
    expect(markup).not.toContain('Periksa isian');
  });
});

describe('SaveButton', () => {
  it('names the save, and says "saving" and waits while it is on its way', () => {
    expect(
      renderInLanguage(<SaveButton label="admin.create.submit" pending={false} testId="s" />, 'en'),
    ).toBe('<button type="submit" class="button" data-testid="s">Create the account</button>');
    expect(renderInLanguage(<SaveButton label="admin.create.submit" pending testId="s" />, 'id')).toBe(
      '<button type="submit" class="button" data-testid="s" disabled="">Menyimpan…</button>',
    );
  });

  it('waits without saying "saving" while another action of the form is on its way', () => {
    expect(
      renderInLanguage(<SaveButton label="admin.create.submit" pending={false} disabled testId="s" />, 'en'),
    ).toBe('<button type="submit" class="button" data-testid="s" disabled="">Create the account</button>');
  });
});
