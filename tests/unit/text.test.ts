import { describe, expect, it } from 'vitest';
import { cleanText } from '../../scripts/pipeline/text.ts';

describe('cleanText', () => {
  it('strips <script> from a name with its content and keeps the text', () => {
    expect(cleanText('<script>alert(1)</script>Foo')).toEqual({ text: 'Foo', markupRemoved: true });
  });

  it('strips <style> with its content', () => {
    expect(cleanText('<style>body{color:red}</style>Foo')).toEqual({ text: 'Foo', markupRemoved: true });
  });

  it('strips formatting tags and keeps their text', () => {
    expect(cleanText('<b>Foo</b>')).toEqual({ text: 'Foo', markupRemoved: true });
    expect(cleanText('Maison <i>France</i> services')).toEqual({ text: 'Maison France services', markupRemoved: true });
  });

  it('strips HTML comments', () => {
    expect(cleanText('Foo<!-- note -->Bar')).toEqual({ text: 'Foo Bar', markupRemoved: true });
  });

  it('decodes named and numeric entities', () => {
    expect(cleanText('Caf&#233; &amp; M&#xE9;diath&#232;que')).toEqual({ text: 'Café & Médiathèque', markupRemoved: false });
    expect(cleanText('&quot;La&nbsp;Fabrique&quot; l&apos;atelier')).toEqual({ text: '"La Fabrique" l\'atelier', markupRemoved: false });
  });

  it('leaves an unknown entity as it is', () => {
    expect(cleanText('A &foo; B').text).toBe('A &foo; B');
  });

  it('does not let an entity-encoded tag survive as markup', () => {
    const result = cleanText('&lt;img src=x onerror=alert(1)&gt;');
    expect(result).toEqual({ text: '', markupRemoved: true });
  });

  it('removes an entity-encoded script with its content', () => {
    expect(cleanText('&lt;script&gt;alert(1)&lt;/script&gt;Foo')).toEqual({ text: 'Foo', markupRemoved: true });
  });

  it('never outputs a complete tag, whatever the nesting', () => {
    for (const raw of ['<scr<script></script>ipt>alert(1)</script>', '<<b>img src=x onerror=alert(1)>', '&lt;&lt;b&gt;img&gt;', '<a href="javascript:alert(1)">x</a>']) {
      expect(cleanText(raw).text).not.toMatch(/<\/?[a-z][^<>]*>/i);
    }
  });

  it('leaves nothing of a tag nested in itself or left unclosed', () => {
    expect(cleanText('<img src=x onerror=alert(1)<b<b>>>')).toEqual({ text: '', markupRemoved: true });
    expect(cleanText('Maison <img src=x onerror=alert(1)')).toEqual({ text: 'Maison', markupRemoved: true });
    expect(cleanText('Lieu <svg/onload=alert(1)> <iframe src=//x').text).toBe('Lieu');
    expect(cleanText('&lt;img src=x onerror=alert(1)&lt;b&lt;b&gt;&gt;&gt;').text).toBe('');
  });

  it('removes bidi overrides and isolates, zero-width joiners, word joiners and soft hyphens', () => {
    expect(cleanText('Mai\u202eson\u202c \u2066France\u2069 Ser\u00advices\u200d\u2060 de Gu\u200céret')).toEqual({ text: 'Maison France Services de Guéret', markupRemoved: false });
    expect(cleanText('\u202e\u2067\u200b').text).toBe('');
  });

  it('cuts a field longer than 2,000 characters and says so', () => {
    const long = cleanText('a'.repeat(5000));
    expect(long.truncated).toBe(true);
    expect(long.text).toHaveLength(2000);
    expect(long.text.endsWith('…')).toBe(true);
    expect(cleanText('a'.repeat(2000)).truncated).toBeUndefined();
  });

  it('keeps a "<" before a word when no tag closes (text, not markup)', () => {
    expect(cleanText('Enfants <moins de 6 ans')).toEqual({ text: 'Enfants <moins de 6 ans', markupRemoved: false });
  });

  it('keeps a plain "<" that starts no tag', () => {
    expect(cleanText('a < b')).toEqual({ text: 'a < b', markupRemoved: false });
    expect(cleanText('moins de 2 <3 ans')).toEqual({ text: 'moins de 2 <3 ans', markupRemoved: false });
  });

  it('removes control characters, zero-width spaces and BOMs, including entity-encoded ones', () => {
    expect(cleanText('Fo\u0000o\u0007\u200b\ufeffBar\u0085')).toEqual({ text: 'FooBar', markupRemoved: false });
    expect(cleanText('Foo&#0;&#7;&#x9F;Bar').text).toBe('FooBar');
  });

  it('collapses spaces, tabs and line breaks on one line and trims', () => {
    expect(cleanText('  Foo\t\tBar\r\n Baz  ').text).toBe('Foo Bar Baz');
  });

  it('keeps line breaks in multiline text, at most one empty line', () => {
    expect(cleanText('Ligne 1  \r\n\r\n\r\n\r\n  Ligne 2\rLigne 3', { multiline: true }).text).toBe('Ligne 1\n\nLigne 2\nLigne 3');
  });

  it('reports no markup for clean text', () => {
    expect(cleanText('France services de Guéret')).toEqual({ text: 'France services de Guéret', markupRemoved: false });
  });
});
