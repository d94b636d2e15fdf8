/**
 * Domains that host many organisations' programmes, forms or mailboxes: a policy URL or contact address there
 * says nothing about which site the programme covers, so the index never files a programme under them.
 */
export const SHARED_PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  'hackerone.com', 'hackerone.net', 'wearehackerone.com', 'bugcrowd.com', 'bugcrowdninja.com', 'intigriti.com', 'intigriti.me',
  'yeswehack.com', 'yeswehack.io', 'hackenproof.com', 'zerocopter.com', 'federacy.com', 'huntr.dev', 'huntr.com',
  'openbugbounty.org', 'immunefi.com', 'cobalt.io', 'synack.com', 'responsibledisclosure.com', 'disclose.io',
  'github.com', 'githubusercontent.com', 'gitlab.com', 'bitbucket.org', 'sourceforge.net',
  'google.com', 'forms.gle', 'goo.gl', 'bit.ly', 'typeform.com', 'jotform.com', 'formstack.com', 'wufoo.com',
  'surveymonkey.com', 'tally.so', 'notion.site', 'notion.so', 'medium.com', 'wordpress.com', 'blogspot.com',
  'atlassian.net', 'zendesk.com', 'freshdesk.com', 'helpscout.net', 'hubspot.com', 'securitytxt.org',
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'protonmail.com', 'proton.me',
  'pm.me', 'icloud.com', 'me.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'yandex.com',
  'qq.com', '163.com', 'aol.com', 'zoho.com', 'tutanota.com', 'fastmail.com',
]);
