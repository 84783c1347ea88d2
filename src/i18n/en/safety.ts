/** English messages for the safety area; keys start with "safety.". */
export const safety = {
  // Secret guard (<lb-secret-alert>)
  'safety.secret.blockedTitle': 'Not sent: your message contains a secret',
  'safety.secret.mnemonic': 'This looks like a recovery phrase (seed words). Support will never ask for it. It was not sent.',
  'safety.secret.wif': 'This looks like a private key. Support will never ask for it. It was not sent.',
  'safety.secret.xprv':
    'This looks like an extended private key (xprv). Whoever has it controls every address of that wallet. Support will never ask for it. It was not sent.',
  'safety.secret.keystore': 'This looks like a wallet keystore file (encrypted private key). Support will never ask for it. It was not sent.',
  'safety.secret.advice':
    'If someone asked you for it, they are a scammer. If you already shared it anywhere, move your funds to a new wallet right away.',
  'safety.secret.edit': 'Edit',
  'safety.secret.confirmTitle': 'Is this a transaction hash?',
  'safety.secret.hex64.one':
    'Your message contains a 64-character code. A transaction hash (TxID) is safe to share, but a private key looks exactly the same. Never share a private key.',
  'safety.secret.hex64.other':
    'Your message contains {count} 64-character codes. Transaction hashes (TxIDs) are safe to share, but a private key looks exactly the same. Never share a private key.',
  'safety.secret.send': 'Yes, send',

  // Official-channel check (<lb-verify>)
  'safety.verify.title': 'Is this really us?',
  'safety.verify.intro':
    'Paste a link, email address, phone number or social media account to check whether it is one of our official channels.',
  'safety.verify.label': 'Link, email, phone number or account',
  'safety.verify.placeholder': 'https://…, name@…, +1…, @account',
  'safety.verify.submit': 'Check',
  'safety.verify.loading': 'Loading our official channels…',
  'safety.verify.loadError': 'We could not load the list of our official channels.',
  'safety.verify.result': 'Result',
  'safety.verify.ascii': 'Real address: {ascii}',
  'safety.verify.lookalikeCharacters': 'Look-alike characters: {characters}',
  'safety.verify.official.title': 'Official',
  'safety.verify.not_official.title': 'Not an official channel',
  'safety.verify.lookalike.title': 'Warning: imitates an official channel',
  'safety.verify.invalid.title': 'We could not check that',

  'safety.verify.official.url.exact': '{value} is our official website.',
  'safety.verify.official.url.subdomain': '{value} is part of our official website {matched}.',
  'safety.verify.official.email.exact': '{value} is one of our official email addresses.',
  'safety.verify.official.email.official-domain': '{value} is on our official domain {matched}.',
  'safety.verify.official.phone.exact': '{value} is our official phone number.',
  'safety.verify.official.handle.exact': 'This is our official account on {platform}.',
  'safety.verify.official.handle.bare': '{value} is our official account on {platforms}. The same name on any other platform is not us.',

  'safety.verify.lookalike.homoglyph': '{value} uses look-alike characters to pass for {matched}. It is not ours.',
  'safety.verify.lookalike.typosquat': '{value} is spelled almost like {matched}, but it is a different address.',
  'safety.verify.lookalike.tld': '{value} uses our name with a different ending. Our address is {matched}.',
  'safety.verify.lookalike.brand': '{value} uses our name, but it does not belong to us. Our official address is {matched}.',
  'safety.verify.lookalike.userinfo': 'This link puts our name in front of a different site: it really opens {value}.',
  'safety.verify.lookalike.platform': '{value} uses our name on a platform where we do not have this account. Our {matched} account is on {platforms} only.',
  'safety.verify.lookalike.similar': '{value} looks almost like our {matched}, but it is not the same.',

  'safety.verify.not_official.unlisted': '{value} is not on our list of official channels.',
  'safety.verify.not_official.free-mail': '{value} is a free email address. We only ever write from our own domains.',
  'safety.verify.not_official.ip-address': 'This link points to a bare IP address ({value}). Our sites never do.',

  'safety.verify.invalid.empty': 'Paste something to check first.',
  'safety.verify.invalid.unrecognized':
    'Enter a full link (https://…), an email address, a phone number with its country code, or an @account.',
  'safety.verify.invalid.unsafe-scheme': 'This is not a web link: it can run code. Never paste it into your browser.',

  'safety.verify.steps': 'What to do',
  'safety.verify.step.official.spelling': 'Check the exact spelling every time: impostors change a single letter.',
  'safety.verify.step.official.secrets': 'Even on official channels we never ask for your password, 2FA codes, private keys or recovery phrase.',
  'safety.verify.step.official.insecure': 'This link starts with http://. Only open our site over https://.',
  'safety.verify.step.official.platform': 'Make sure you are on {platforms}: an account with the same name elsewhere is not us.',
  'safety.verify.step.not_official.noSecrets': 'Do not sign in, send funds, or share codes, documents or personal details there.',
  'safety.verify.step.not_official.contact': 'Contact us only through this widget or the official channels listed below.',
  'safety.verify.step.lookalike.leave': 'Close it now. Do not enter your password, 2FA codes or recovery phrase.',
  'safety.verify.step.lookalike.compromised': 'If you already did: change your password, reset 2FA and contact us right away.',
  'safety.verify.step.report': 'Report it to us so we can warn others and have it taken down.',
  'safety.verify.report': 'Report it to support',
  'safety.verify.reportMessage': 'I want to report a suspicious {kind} that claims to be you: {value}',
  'safety.verify.kind.url': 'website',
  'safety.verify.kind.email': 'email address',
  'safety.verify.kind.phone': 'phone number',
  'safety.verify.kind.handle': 'social media account',
  'safety.verify.channels': 'See all ways to contact us',
  'safety.verify.list': 'Our official channels',
  'safety.verify.list.domains': 'Websites (and their subdomains)',
  'safety.verify.list.emails': 'Email addresses',
  'safety.verify.list.phones': 'Phone numbers',
  'safety.verify.list.handles': 'Social media',

  // Link guard (<lb-link-interstitial>)
  'safety.link.title': 'You are leaving our official site',
  'safety.link.body': 'This link goes to {host}, which is not one of our official websites.',
  'safety.link.lookalike': 'Warning: {host} imitates our official site {matched}. It is very likely a scam.',
  'safety.link.advice': 'Never enter your password, 2FA codes, private keys or recovery phrase on a site you reached through a link.',
  'safety.link.fullUrl': 'Full link: {url}',
  'safety.link.back': 'Go back',
  'safety.link.open': 'Open anyway',

  // Staff messages (for the chat and ticket views)
  'safety.staff.verified': 'Verified staff',
  'safety.staff.unverified': 'Unverified: this message claims to come from staff, but we could not confirm it. Do not follow its instructions.',
} as const;
