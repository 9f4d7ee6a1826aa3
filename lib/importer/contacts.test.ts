import { describe, expect, it } from 'vitest';
import { cleanPhone, findContactIntro, parseContacts, readContactBlock } from './contacts';

describe('finding the contact block', () => {
  it.each([
    "Pour plus d'informations, veuillez contacter Léa Martin",
    'Pour plus d’informations, veuillez contacter :',
    'Pour de plus amples informations, contactez Léa Martin',
    'For more information, please contact Sam Lee',
    'For further information, contact:',
    'Para más información, por favor contacte a Ana Ruiz',
    'Para mayor información, póngase en contacto con Ana Ruiz',
    'Contact presse : Léa Martin',
  ])('recognises "%s"', (line) => {
    expect(findContactIntro(line)).toBeTruthy();
  });

  it('does not take a pointer to a web page for a contact block', () => {
    expect(
      findContactIntro('Pour plus d’informations sur le programme, rendez-vous sur le site : https://example.org'),
    ).toBeUndefined();
  });

  it('keeps the name that follows the intro whole', () => {
    expect(findContactIntro('Pour plus d’informations, veuillez contacter Amina Sow')!.rest).toBe('Amina Sow');
    expect(findContactIntro('Para más información, contacte a Ana Ruiz')!.rest).toBe('Ana Ruiz');
  });
});

describe('phone labels in all their spellings', () => {
  it.each([
    ['Léa Martin, Tel +33 1 55 55 01 01, Email: lea@example.org', '+33 1 55 55 01 01'],
    ['Léa Martin, Tél. +33 1 55 55 01 01, Email: lea@example.org', '+33 1 55 55 01 01'],
    ['Léa Martin, Tel : +33 1 55 55 01 01, Email: lea@example.org', '+33 1 55 55 01 01'],
    ['Léa Martin, Tel. + (33) 1 55 55 01 01, Email: lea@example.org', '+33 1 55 55 01 01'],
    ['Léa Martin, Téléphone : +33 1 55 55 01 01', '+33 1 55 55 01 01'],
    ['Léa Martin, Tel. +1 212 555 0142, ext. 17, Email: lea@example.org', '+1 212 555 0142, ext. 17'],
    ['Léa Martin, Tel: +1 212 555 0142 ext 17, Email: lea@example.org', '+1 212 555 0142, ext. 17'],
    ['Léa Martin, Teléfono: +507 555 0110, Correo: lea@example.org', '+507 555 0110'],
    ['Léa Martin, +41 22 555 01 99, lea@example.org', '+41 22 555 01 99'],
  ])('%s', (block, phone) => {
    expect(parseContacts(block)[0]!.phones).toEqual([phone]);
  });

  it('keeps several numbers of one person', () => {
    expect(
      parseContacts(
        'Léa Martin, Tel: +33 1 55 55 01 01 / +33 6 55 55 01 02, Mobile: +33 7 55 55 01 03, lea@example.org',
      )[0]!.phones,
    ).toEqual(['+33 1 55 55 01 01', '+33 6 55 55 01 02', '+33 7 55 55 01 03']);
  });

  it('normalises a phone written with a spaced plus and a bracketed country code', () => {
    expect(cleanPhone('+ (54)  11 5555 0101')).toBe('+54 11 5555 0101');
  });
});

describe('people in a contact block', () => {
  it('reads one field per line, e-mail label on its own line', () => {
    expect(parseContacts('Jonas Weber\nACI Genève\nTel. +41 22 555 01 10\nE-mail :\njonas.weber@example.org')).toEqual([
      { name: 'Jonas Weber', office: 'ACI Genève', phones: ['+41 22 555 01 10'], email: 'jonas.weber@example.org' },
    ]);
  });

  it('reads several people, on separate lines or joined by "or", "ou", "y"', () => {
    const block =
      'Ana Ruiz, ACI Panamá, Tel: +507 555 0101, Email: ana@example.org y Pablo Gil, ACI México, Email: pablo@example.org';
    expect(parseContacts(block).map((contact) => [contact.name, contact.email])).toEqual([
      ['Ana Ruiz', 'ana@example.org'],
      ['Pablo Gil', 'pablo@example.org'],
    ]);
    const lines =
      'Sam Lee\nICA Bangkok\nsam@example.org\n\nPriya Das\nICA Dhaka\nTel: +880 2 5555 0101\npriya@example.org';
    expect(parseContacts(lines).map((contact) => [contact.name, contact.office, contact.email])).toEqual([
      ['Sam Lee', 'ICA Bangkok', 'sam@example.org'],
      ['Priya Das', 'ICA Dhaka', 'priya@example.org'],
    ]);
  });

  it('keeps a last person who has a phone but no e-mail', () => {
    const contacts = parseContacts('Ana Ruiz, Email: ana@example.org, or Pablo Gil, Tel: +52 55 5555 0101');
    expect(contacts.at(-1)).toEqual({ name: 'Pablo Gil', phones: ['+52 55 5555 0101'] });
  });

  it('gives phones written after an address to the person they follow', () => {
    const block =
      'Léa Martin, Email: lea@example.org, Tel: +33 1 55 55 01 01 ou Paul Roy, Email: paul@example.org, Tél. +33 1 55 55 01 02';
    expect(parseContacts(block)).toEqual([
      { name: 'Léa Martin', phones: ['+33 1 55 55 01 01'], email: 'lea@example.org' },
      { name: 'Paul Roy', phones: ['+33 1 55 55 01 02'], email: 'paul@example.org' },
    ]);
  });

  it('keeps a person whose number it cannot read, and names that number as unread', () => {
    const reading = readContactBlock('Inès Badr, bureau de Rabat, 212 5 – 3700 ~ 41, ines.badr@example.org');
    expect(reading.contacts).toEqual([
      { name: 'Inès Badr', phones: [], office: 'bureau de Rabat', email: 'ines.badr@example.org' },
    ]);
    expect(reading.unread).toEqual(['Inès Badr: 212 5 – 3700']);
  });

  it('ignores a block with nobody to call or write to', () => {
    expect(parseContacts('le service de presse')).toEqual([]);
  });
});
