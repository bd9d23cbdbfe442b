import { describe, expect, it } from 'vitest';
import { emailsFromMailto, parseContactHref, phoneFromHref, phoneFromWhatsappHref } from './href.ts';

describe('phoneFromHref', () => {
  it.each([
    ['tel:+551140028922', '+551140028922'],
    ['tel:+55-11-4002-8922', '+55-11-4002-8922'],
    ['TEL:+551140028922', '+551140028922'],
    ['tel://+551140028922', '+551140028922'],
    ['tel:011%2040028922', '011 40028922'],
    ['tel:+551140028922;ext=12', '+551140028922 ext. 12'],
    ['tel:4002-8922;phone-context=+5511', '+5511 4002-8922'],
    ['callto:+551140028922', '+551140028922'],
    ['sms:+5511987654321?body=Oi', '+5511987654321'],
  ])('%s → %s', (href, phone) => {
    expect(phoneFromHref(href)).toBe(phone);
  });

  it('ignores other schemes and targets without digits', () => {
    expect(phoneFromHref('mailto:a@b.example')).toBeNull();
    expect(phoneFromHref('tel:')).toBeNull();
    expect(phoneFromHref('https://example.com/tel:123')).toBeNull();
  });
});

describe('emailsFromMailto', () => {
  it('decodes, splits recipients and keeps to/cc but not the hidden bcc', () => {
    expect(emailsFromMailto('mailto:a%40x.example,b@x.example?subject=Oi%20a&cc=c@x.example&bcc=d@x.example&to=e@x.example')).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
      'e@x.example',
    ]);
  });

  it('reads a display-name recipient and trims spaces', () => {
    expect(emailsFromMailto('mailto:Vendas%20%3Cvendas@x.example%3E')).toEqual(['vendas@x.example']);
    expect(emailsFromMailto('mailto:%20%20a@x.example%20')).toEqual(['a@x.example']);
  });

  it('finds nothing in a share link without recipients', () => {
    expect(emailsFromMailto('mailto:?subject=Veja&body=https%3A%2F%2Fx.example')).toEqual([]);
  });
});

describe('phoneFromWhatsappHref', () => {
  it.each([
    ['https://wa.me/5511987654321?text=Ol%C3%A1', '+5511987654321'],
    ['https://wa.me/+55%2011%2098765-4321', '+5511987654321'],
    ['https://wa.me/c/5511987654321', '+5511987654321'],
    ['https://api.whatsapp.com/send?phone=5511987654321', '+5511987654321'],
    ['https://api.whatsapp.com/send/?phone=5511987654321&type=phone_number', '+5511987654321'],
    ['https://web.whatsapp.com/send?phone=5511987654321', '+5511987654321'],
    ['whatsapp://send?phone=5511987654321&text=Oi', '+5511987654321'],
  ])('%s → %s', (href, phone) => {
    expect(phoneFromWhatsappHref(href)).toBe(phone);
  });

  it('finds no number in short links, group invites or other sites', () => {
    expect(phoneFromWhatsappHref('https://wa.me/message/ABCDEF')).toBeNull();
    expect(phoneFromWhatsappHref('https://chat.whatsapp.com/AbCdEf123')).toBeNull();
    expect(phoneFromWhatsappHref('https://example.com/send?phone=5511987654321')).toBeNull();
  });
});

describe('parseContactHref', () => {
  it('gives the one finding of a link for the "Save link" menu', () => {
    expect(parseContactHref('https://wa.me/5511987654321')).toMatchObject({ kind: 'phone', raw: '+5511987654321', whatsapp: true, source: 'links' });
    expect(parseContactHref('tel:+551140028922')).toMatchObject({ kind: 'phone', raw: '+551140028922', source: 'links' });
    expect(parseContactHref('mailto:a@x.example,b@x.example')).toMatchObject({ kind: 'email', raw: 'a@x.example' });
    expect(parseContactHref('https://example.com/')).toBeNull();
  });
});
