import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Link-judging words come from the packs (contact.see / follow / here / reference / passOn / otherBugs / notMailbox):
// the same judgement in languages whose words the engine never held. Texts written for these tests.
const NOW = new Date('2026-11-21T00:00:00Z');
const contacts = (text: string, baseUrl?: string) =>
  extractPolicy({ body: text, url: 'SECURITY.md' }, { now: NOW, ...(baseUrl ? { baseUrl } : {}) }).contacts.map((c) => c.value);

describe('contacts: link words of the packs', () => {
  it('does not take a link the text passes reports on to (es, pl)', () => {
    expect(contacts([
      '# Política de seguridad',
      '',
      'Envíe su informe a seguridad@faro.example.',
      '',
      'Podemos compartir su informe con [el CERT nacional](https://cert.faro.example/socios) para coordinar la respuesta.',
    ].join('\n'))).toEqual(['mailto:seguridad@faro.example']);
    expect(contacts([
      '# Polityka bezpieczeństwa',
      '',
      'Zgłoszenia prosimy wysyłać na adres bezpieczenstwo@latarnia.example.',
      '',
      'Możemy przekazać zgłoszenie do [zespołu CSIRT](https://csirt.latarnia.example/zgloszenia) w celu koordynacji.',
    ].join('\n'))).toEqual(['mailto:bezpieczenstwo@latarnia.example']);
  });

  it('does not take a guide about reporting as a place to report (de path words, it label words)', () => {
    expect(contacts([
      '# Sicherheitsrichtlinie',
      '',
      'Bitte melden Sie Schwachstellen über [unser Formular](https://kessel.example/sicherheit/meldung).',
      'Bevor Sie melden, lesen Sie [wie ein guter Bericht aussieht](https://kessel.example/sicherheit/leitfaden).',
    ].join('\n'))).toEqual(['https://kessel.example/sicherheit/meldung']);
    expect(contacts([
      '# Politica di sicurezza',
      '',
      'Segnala le vulnerabilità tramite [il modulo](https://lanterna.example/sicurezza/segnala).',
      'Prima di segnalare, leggi la [guida alla segnalazione](https://lanterna.example/sicurezza/come-fare).',
    ].join('\n'))).toEqual(['https://lanterna.example/sicurezza/segnala']);
  });

  it('does not take a "see here" link as a channel (cs, tr)', () => {
    expect(contacts([
      '# Bezpečnostní zásady',
      '',
      'Zranitelnosti hlaste na bezpecnost@kotel.example, podrobnosti viz [zde](https://kotel.example/security/disclosure).',
    ].join('\n'))).toEqual(['mailto:bezpecnost@kotel.example']);
    expect(contacts([
      '# Güvenlik politikası',
      '',
      'Güvenlik açıklarını guvenlik@fener.example adresine bildirin; ayrıntılar için bkz. [burada](https://fener.example/security/report-policy).',
    ].join('\n'))).toEqual(['mailto:guvenlik@fener.example']);
  });

  it('does not take the issue tracker named for bugs that are not security issues (de, sv; fr security word)', () => {
    const repo = (name: string) => `https://github.com/${name}/${name}/blob/main/SECURITY.md`;
    expect(contacts([
      '# Sicherheitsrichtlinie',
      '',
      'Melden Sie Schwachstellen an sicherheit@laterne.example.',
      '',
      'Allgemeine Fehler melden Sie bitte als GitHub Issues im Projekt, Sicherheitsprobleme per E-Mail.',
    ].join('\n'), repo('laterne'))).toEqual(['mailto:sicherheit@laterne.example']);
    expect(contacts([
      '# Säkerhetspolicy',
      '',
      'Rapportera sårbarheter till sakerhet@lykta.example.',
      '',
      'Rapportera vanliga buggar, som inte är säkerhetsproblem, som GitHub issues i projektet.',
    ].join('\n'), repo('lykta'))).toEqual(['mailto:sakerhet@lykta.example']);
    // "sécurité" followed by a space is a word of the fr pack (its \b after "é" never matched before).
    const fr = (tracker: string) => contacts([
      '# Politique de sécurité',
      '',
      'Signalez les failles de sécurité à securite@lanterne.example.',
      '',
      tracker,
    ].join('\n'), repo('lanterne'));
    expect(fr('Vous pouvez aussi signaler les problèmes de sécurité dans les issues GitHub du projet.'))
      .toEqual(['mailto:securite@lanterne.example', 'https://github.com/lanterne/lanterne/issues']);
    expect(fr('Signalez les bugs ordinaires dans les issues GitHub du projet, et les failles de sécurité par e-mail.'))
      .toEqual(['mailto:securite@lanterne.example']);
  });

  it('takes a security.txt the reader is told to follow (nl, id)', () => {
    expect(contacts('Wij stellen meldingen over beveiligingsproblemen op prijs. Raadpleeg https://ketel.example/.well-known/security.txt voor de juiste contactgegevens.'))
      .toEqual(['https://ketel.example/.well-known/security.txt']);
    expect(contacts('Kami menghargai laporan tentang celah keamanan. Silakan ikuti https://lentera.example/.well-known/security.txt untuk kontak keamanan kami.'))
      .toEqual(['https://lentera.example/.well-known/security.txt']);
  });

  it('does not read a Danish or Norwegian "at" (that) before a domain as a spelled-out address', () => {
    expect(contacts('Send rapporter til sikkerhed@lygte.example. Husk at lygte.example ikke dækker tredjeparter.'))
      .toEqual(['mailto:sikkerhed@lygte.example']);
    expect(contacts('Send rapporter til sikkerhet@lykt.example, og merk at lykt.example ikke dekker tredjeparter.'))
      .toEqual(['mailto:sikkerhet@lykt.example']);
  });
});

describe('contacts: links that name reporting in the words of the text', () => {
  it('takes a form whose address or label uses the language\'s reporting or security words (it, pt), also relative', () => {
    expect(contacts([
      '# Politica di sicurezza',
      '',
      'Per favore segnala le vulnerabilità tramite [il modulo](https://lanterna.example/sicurezza/segnala).',
    ].join('\n'))).toEqual(['https://lanterna.example/sicurezza/segnala']);
    expect(contacts([
      '# Política de segurança',
      '',
      'Reporte vulnerabilidades pelo [formulário de segurança](/seguranca/formulario) do nosso site.',
    ].join('\n'), 'https://farol.example/politica')).toEqual(['https://farol.example/seguranca/formulario']);
  });
});
