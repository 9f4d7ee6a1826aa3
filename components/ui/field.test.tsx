import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field, INPUT } from './field';

const parse = (html: string) => {
  const attributes = (tag: string) =>
    Object.fromEntries(
      [...(html.match(new RegExp(`<${tag}[^>]*>`))?.[0] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
  return { label: attributes('label'), input: attributes('input'), html };
};

const render = (props: { hint?: string; error?: string }) =>
  parse(
    renderToStaticMarkup(
      <Field id="email" label="E-mail" {...props}>
        {(control) => <input {...control} name="email" className={INPUT} />}
      </Field>,
    ),
  );

describe('a field', () => {
  it('names its control by its label', () => {
    const { label, input } = render({});
    expect(label.for).toBe('email');
    expect(input.id).toBe('email');
    expect(input).not.toHaveProperty('aria-describedby');
    expect(input).not.toHaveProperty('aria-invalid');
  });

  it('describes its control by its hint', () => {
    const { input, html } = render({ hint: 'The address you sign in with.' });
    expect(input['aria-describedby']).toBe('email-hint');
    expect(html).toMatch(/<p [^>]*id="email-hint"[^>]*>The address you sign in with\.<\/p>/);
  });

  it('marks its control invalid and describes it by the error first, then the hint', () => {
    const { input, html } = render({ hint: 'The address you sign in with.', error: 'Enter a valid e-mail address.' });
    expect(input['aria-invalid']).toBe('true');
    expect(input['aria-describedby']).toBe('email-error email-hint');
    expect(html).toMatch(/<p [^>]*id="email-error"[^>]*>Enter a valid e-mail address\.<\/p>/);
  });
});
