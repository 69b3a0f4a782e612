/**
 * Test and bench pages (synthetic, written by us): "dress" an article fixture page in the furniture of a news site, so
 * the bench and the eval can compare us with Readability on pages of realistic weight.
 *
 * The fixture's <head> and its whole <body> content are kept byte for byte; furniture is
 * added around that content (before it: a header with mega-menus, breaking-news
 * bar, leaderboard ad slot, share bar; after it: rail with most-read and ad slots, related
 * stories, comments, newsletter box, share bar, footer link farm, cookie-consent dialog,
 * inert JSON config). No network: images carry data-src only, ad slots are empty divs,
 * no iframe, no src. All wording is invented here from small word lists; the same seed
 * gives the same page.
 *
 * Weights (total elements, document.getElementsByTagName('*').length). Basis:
 *  - Lighthouse's "Avoid an excessive DOM size" audit warns above about 800 body elements
 *    and fails above about 1,400 (developer.chrome.com/docs/lighthouse/performance/dom-size).
 *  - An HTTP Archive query over news sites (2023-03 crawl; B. Grinstead, "HTTP Archive
 *    Analysis of News Homepages", briangrinstead.com) found a median of 1,621 (mobile) /
 *    1,714 (desktop) elements, mean about 1,860–1,910, max 10,444. Those are home pages;
 *    that article pages weigh about the same is our assumption.
 *  - A one-off count of a few sites' home pages in 2021 (velt.info, "Exploring web page
 *    complexity") gave 1,170 to 3,592 elements for three large news sites.
 * Hence DRESS_WEIGHTS: 1,500 (about the median news page) and 3,000 (the heavy end).
 */

export const DRESS_WEIGHTS = [1500, 3000] as const;

export interface DressOptions {
  /** Target total element count of the dressed document (the fixture's own elements included). */
  elements: number;
  seed?: number;
  /** Furniture language; default from <html lang> (fr… → French, else English). */
  lang?: 'en' | 'fr';
  /**
   * Class names of the furniture blocks: 'semantic' (default) names them as most news
   * templates do ("related-stories", "newsletter-signup") beside a hashed class;
   * 'hashed' gives only CSS-in-JS style hashes, so nothing but structure tells them apart.
   */
  naming?: 'semantic' | 'hashed';
}

/** Words the furniture is assembled from (all invented for this bench). */
interface Lexicon {
  sections: string[];
  subsections: string[];
  places: string[];
  groups: string[];
  topics: string[];
  quotes: string[];
  roles: string[];
  headlines: ((w: Words) => string)[];
  summaries: ((w: Words) => string)[];
  comments: ((w: Words) => string)[];
  users: string[];
  footerGroups: string[];
  footerLinks: string[];
  ui: Record<'skip' | 'breaking' | 'mostRead' | 'related' | 'comments' | 'reply' | 'recommend' | 'report' | 'post' | 'signIn' | 'subscribe' | 'search' | 'ad' | 'share' | 'newsletterTitle' | 'newsletterText' | 'email' | 'signUp' | 'privacy' | 'consentTitle' | 'consentText' | 'acceptAll' | 'rejectAll' | 'manage' | 'copyright' | 'ago' | 'purposes', string>;
}

interface Words {
  place: string;
  group: string;
  topic: string;
  quote: string;
  role: string;
  n: number;
}

const EN: Lexicon = {
  sections: ['News', 'UK', 'World', 'Business', 'Money', 'Politics', 'Climate', 'Science', 'Health', 'Tech', 'Sport', 'Culture', 'Travel', 'Food', 'Opinion', 'Puzzles'],
  subsections: ['Local', 'Europe', 'Americas', 'Asia', 'Africa', 'Markets', 'Companies', 'Economy', 'Energy', 'Transport', 'Education', 'Housing', 'Courts', 'Elections', 'Football', 'Cricket', 'Tennis', 'Books', 'Music', 'Film', 'Television', 'Recipes', 'Explainers', 'Data', 'Podcasts', 'Video', 'Obituaries', 'Letters', 'Weather', 'Crosswords'],
  places: ['Eastmoor', 'Caldwick', 'Ferrow Bay', 'Linden Vale', 'Hollins Cross', 'Brackenford', 'Marsh End', 'Tolworth Heath', 'Sallow Point', 'Greyhithe'],
  groups: ['tenants', 'farmers', 'nurses', 'shop owners', 'bus drivers', 'parents', 'fishermen', 'students', 'care workers', 'small brewers'],
  topics: ['bus fares', 'school meals', 'flood defences', 'housing permits', 'parking charges', 'water bills', 'library hours', 'ferry timetables', 'GP waiting lists', 'energy prices'],
  quotes: ['We were never asked', 'It cannot go on like this', 'This is only the beginning', 'Nobody is listening', 'We did everything right', 'It is a lifeline for us', 'The numbers simply do not add up', 'We will keep going'],
  roles: ['the council leader', 'a ministry spokesperson', 'the union', 'the regulator', 'the mayor', 'the chief executive'],
  headlines: [
    (w) => `${w.place} council votes to freeze ${w.topic} after months of delay`,
    (w) => `‘${w.quote}’: ${w.group} in ${w.place} on the ${w.topic} row`,
    (w) => `What the new ${w.topic} rules mean for ${w.group}`,
    (w) => `${cap(w.group)} warn of winter squeeze as ${w.topic} rise again`,
    (w) => `${w.n} charts that explain the ${w.topic} debate`,
    (w) => `Inquiry into ${w.topic} in ${w.place} to report in spring`,
    (w) => `${cap(w.role)} says ${w.topic} plan is ‘${w.quote.toLowerCase()}’`,
    (w) => `Live: latest on the ${w.topic} vote in ${w.place}`,
    (w) => `Why ${w.group} are leaving ${w.place}`,
    (w) => `The week in pictures: storms, markets and a very old tortoise`,
  ],
  summaries: [
    (w) => `Figures seen by this newspaper show complaints about ${w.topic} have risen for ${w.n} months in a row.`,
    (w) => `Residents of ${w.place} say the changes were made without consultation.`,
    (w) => `Our correspondent spent a week with ${w.group} to find out what has changed.`,
    (w) => `A guide to the proposals, the timetable and who decides.`,
  ],
  comments: [
    (w) => `As ${w.role} said on the radio this morning, “${w.quote}.” I am not convinced that is the whole story.`,
    (w) => `My neighbour put it best: “${w.quote}.” Nothing in this article changes that.`,
    (w) => `I have lived in ${w.place} for ${w.n} years and I have never seen ${w.topic} this bad.`,
    (w) => `Good reporting, but where is the reply from ${w.role}? The piece needs it.`,
    (w) => `Same every year. ${cap(w.topic)} go up, services go down, and ${w.group} pay for it.`,
    (w) => `Has anyone actually read the report? Page ${w.n} says something quite different.`,
    (w) => `${cap(w.role)} told us “${w.quote.toLowerCase()}” in the spring. We are still waiting.`,
    () => `Thank you for covering this. Local news matters.`,
  ],
  users: ['harbourwatcher', 'Old_Tom_71', 'quietreader', 'LindenLass', 'northbound', 'pennyfarthing9', 'M_Okafor', 'tidetables', 'Greyhithe_Gran', 'fieldnotes'],
  footerGroups: ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'About us', 'Services', 'Help'],
  footerLinks: ['Contact us', 'Complaints & corrections', 'Newsletters', 'Advertise with us', 'Work for us', 'Accessibility', 'Privacy policy', 'Cookie settings', 'Terms & conditions', 'All topics', 'All writers', 'Digital archive', 'Print subscriptions', 'Tax strategy', 'Modern slavery statement', 'Help centre', 'Events', 'Jobs', 'Search', 'Solve puzzles'],
  ui: {
    skip: 'Skip to content', breaking: 'Breaking', mostRead: 'Most read', related: 'More from this section', comments: 'Comments', reply: 'Reply', recommend: 'Recommend', report: 'Report',
    post: 'Post your comment', signIn: 'Sign in', subscribe: 'Subscribe', search: 'Search', ad: 'Advertisement', share: 'Share this article',
    newsletterTitle: 'Sign up to the Morning Briefing', newsletterText: 'The day’s essential stories, in your inbox before breakfast.', email: 'Email address', signUp: 'Sign up',
    privacy: 'We use your email only to send this newsletter. Unsubscribe at any time.', consentTitle: 'We care about your privacy',
    consentText: 'We and our partners store and read information on your device to show content and measure audiences. You can change your choices at any time.',
    acceptAll: 'Accept all', rejectAll: 'Reject all', manage: 'Manage choices', copyright: '© 2026 Bench Media Group. All rights reserved.', ago: 'hours ago',
    purposes: 'Store information on a device|Personalised content|Audience measurement|Product development|Precise location data|Social media features',
  },
};

const FR: Lexicon = {
  sections: ['Actualités', 'France', 'International', 'Économie', 'Politique', 'Planète', 'Sciences', 'Santé', 'Pixels', 'Sport', 'Culture', 'Voyages', 'Gastronomie', 'Idées', 'Jeux', 'Vidéos'],
  subsections: ['Régions', 'Europe', 'Amériques', 'Asie', 'Afrique', 'Marchés', 'Entreprises', 'Emploi', 'Énergie', 'Transports', 'Éducation', 'Logement', 'Justice', 'Élections', 'Football', 'Rugby', 'Tennis', 'Livres', 'Musique', 'Cinéma', 'Télévision', 'Recettes', 'Décryptages', 'Données', 'Podcasts', 'Nécrologies', 'Courrier', 'Météo', 'Mots croisés', 'Sudoku'],
  places: ['Montreval', 'Saint-Aubrac-sur-Lize', 'Port-Vallon', 'Les Essarts-Bruyères', 'Castelmoure', 'Villefranche-d’Ausson', 'Brévanne', 'La Roche-Saulnier', 'Mirepont', 'Anglars-le-Haut'],
  groups: ['les locataires', 'les agriculteurs', 'les infirmières', 'les commerçants', 'les chauffeurs de bus', 'les parents d’élèves', 'les pêcheurs', 'les étudiants', 'les aides-soignants', 'les brasseurs'],
  topics: ['les tarifs des transports', 'la cantine scolaire', 'les digues', 'les permis de construire', 'le stationnement payant', 'la facture d’eau', 'les horaires des bibliothèques', 'les traversées en bac', 'les délais chez le médecin', 'le prix de l’énergie'],
  quotes: ['On ne nous a jamais consultés', 'Cela ne peut plus durer', 'Ce n’est qu’un début', 'Personne ne nous écoute', 'Nous avons tout fait correctement', 'C’est vital pour nous', 'Les chiffres ne tiennent pas', 'Nous continuerons'],
  roles: ['le président du conseil départemental', 'un porte-parole du ministère', 'le syndicat', 'le régulateur', 'la maire', 'le directeur général'],
  headlines: [
    (w) => `À ${w.place}, le conseil gèle ${w.topic} après des mois de retard`,
    (w) => `« ${w.quote} » : à ${w.place}, ${w.group} face à la polémique`,
    (w) => `Ce que changent les nouvelles règles sur ${w.topic}`,
    (w) => `${cap(w.group)} redoutent un hiver difficile`,
    (w) => `${w.n} graphiques pour comprendre le débat sur ${w.topic}`,
    (w) => `L’enquête sur ${w.topic} à ${w.place} rendue au printemps`,
    (w) => `Pour ${w.role}, le projet est « ${w.quote.toLowerCase()} »`,
    (w) => `En direct : le vote sur ${w.topic} à ${w.place}`,
    (w) => `Pourquoi ${w.group} quittent ${w.place}`,
    () => `La semaine en images : tempêtes, marchés et une très vieille tortue`,
  ],
  summaries: [
    (w) => `Selon des chiffres consultés par notre rédaction, la hausse dure depuis ${w.n} mois.`,
    (w) => `Les habitants de ${w.place} dénoncent une décision prise sans concertation.`,
    (w) => `Notre envoyé spécial a passé une semaine avec ${w.group}.`,
    () => `Le point sur les propositions, le calendrier et les décideurs.`,
  ],
  comments: [
    (w) => `Comme l’a dit ${w.role} ce matin à la radio, « ${w.quote.toLowerCase()} ». Je n’en suis pas si sûr.`,
    (w) => `Mon voisin le résume bien : « ${w.quote.toLowerCase()} ». Rien dans cet article ne le contredit.`,
    (w) => `J’habite ${w.place} depuis ${w.n} ans et je n’ai jamais vu une situation pareille.`,
    (w) => `Bon article, mais où est la réponse de ${w.role} ? Il manque un point de vue.`,
    (w) => `Chaque année, c’est pareil, et ce sont ${w.group} qui paient.`,
    (w) => `Quelqu’un a lu le rapport ? La page ${w.n} dit tout autre chose.`,
    (w) => `${cap(w.role)} nous avait promis au printemps : « ${w.quote.toLowerCase()} ». On attend toujours.`,
    () => `Merci de couvrir ce sujet. L’information locale compte.`,
  ],
  users: ['veilleur_du_port', 'Papy_Tom71', 'lecteurdiscret', 'Brévannaise', 'nordouest', 'sou_percé9', 'M_Okafor', 'marées', 'Mamie_Mirepont', 'carnetdeterrain'],
  footerGroups: ['Actualités', 'Idées', 'Sport', 'Culture', 'Styles', 'Le journal', 'Services', 'Aide'],
  footerLinks: ['Nous contacter', 'Rectificatifs', 'Newsletters', 'Publicité', 'Recrutement', 'Accessibilité', 'Données personnelles', 'Gestion des cookies', 'Conditions générales', 'Tous les sujets', 'Tous les auteurs', 'Archives', 'Abonnement papier', 'Mentions légales', 'Charte déontologique', 'Centre d’aide', 'Événements', 'Emplois', 'Recherche', 'Jeux en ligne'],
  ui: {
    skip: 'Aller au contenu', breaking: 'Alerte', mostRead: 'Les plus lus', related: 'Dans la même rubrique', comments: 'Commentaires', reply: 'Répondre', recommend: 'Recommander', report: 'Signaler',
    post: 'Publier votre commentaire', signIn: 'Se connecter', subscribe: 'S’abonner', search: 'Rechercher', ad: 'Publicité', share: 'Partager cet article',
    newsletterTitle: 'Inscrivez-vous à La Matinale', newsletterText: 'L’essentiel de l’actualité, chaque matin dans votre boîte mail.', email: 'Adresse e-mail', signUp: 'S’inscrire',
    privacy: 'Votre adresse sert uniquement à l’envoi de cette lettre. Désinscription à tout moment.', consentTitle: 'Le respect de votre vie privée',
    consentText: 'Nos partenaires et nous stockons et lisons des informations sur votre appareil pour afficher des contenus et mesurer l’audience. Vous pouvez modifier vos choix à tout moment.',
    acceptAll: 'Tout accepter', rejectAll: 'Tout refuser', manage: 'Personnaliser', copyright: '© 2026 Groupe Bench Médias. Tous droits réservés.', ago: 'heures',
    purposes: 'Stocker des informations sur un appareil|Contenus personnalisés|Mesure d’audience|Développement de produits|Géolocalisation précise|Fonctions de réseaux sociaux',
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** mulberry32: a tiny deterministic generator (the same seed, the same page). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Element count of an HTML string as a parser would build it (start tags outside
 * comments, scripts and styles). Parsers add implied elements (tbody, a missing head),
 * so the browser's count may be a few higher.
 */
export function countElements(html: string): number {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1');
  return (stripped.match(/<[a-zA-Z]/g) ?? []).length;
}

/** Builds furniture from the lexicon and the seed. */
class Furniture {
  private readonly rand: () => number;
  constructor(
    private readonly lex: Lexicon,
    seed: number,
    private readonly semantic: boolean,
  ) {
    this.rand = random(seed);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  /** A hashed class name, as CSS-in-JS and CSS modules emit them. */
  hash(prefix = 'c'): string {
    return `${prefix}-${Math.floor(this.rand() * 36 ** 6).toString(36).padStart(6, '0')}`;
  }
  /** A furniture block's class: its semantic name (in semantic naming) and a hash. */
  block(name: string): string {
    return this.semantic ? `${name} ${this.hash()}` : this.hash();
  }
  words(): Words {
    const lex = this.lex;
    const group = this.pick(lex.groups);
    return { place: this.pick(lex.places), group, topic: this.pick(lex.topics), quote: this.pick(lex.quotes), role: this.pick(lex.roles), n: this.int(2, 40) };
  }
  headline(): string {
    return this.pick(this.lex.headlines)(this.words());
  }
  slug(): string {
    return `/${this.pick(this.lex.sections).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}/2026/${this.int(10, 12)}/${this.int(1, 28)}/story-${this.int(1000, 99999)}`;
  }
  /** A small inline SVG icon (a few invented path commands). */
  icon(paths = 1): string {
    const d = () => `M${this.int(2, 10)} ${this.int(2, 10)}l${this.int(2, 10)} ${this.int(2, 10)}h${this.int(1, 8)}v${this.int(1, 8)}z`;
    return `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${Array.from({ length: paths }, () => `<path d="${d()}"/>`).join('')}</svg>`;
  }
  adSlot(name: string, sizes: string): string {
    return `<div class="ad-slot ad-slot--${name}" data-ad-unit="/bench/${name}" data-sizes="${sizes}" aria-hidden="true"><div class="ad-slot__label">${this.lex.ui.ad}</div><div id="ad-${name}-${this.int(1, 999)}" class="ad-slot__frame"></div></div>`;
  }

  // ---- sections that do not scale ----

  topBar(): string {
    const { ui } = this.lex;
    return `<a class="skip-link" href="#main-content">${ui.skip}</a><div class="${this.hash()}"><time datetime="2026-11-27">27.11.2026</time><a href="/account">${ui.signIn}</a><a class="${this.hash()}" href="/subscribe">${ui.subscribe}</a></div>` +
      `<div class="brand"><a href="/" aria-label="Home">${this.icon(6)}</a></div><form role="search" action="/search"><label class="visually-hidden" for="q">${ui.search}</label><input id="q" name="q" type="search"><button type="submit">${this.icon(2)}<span class="visually-hidden">${ui.search}</span></button></form>`;
  }
  breaking(): string {
    const items = Array.from({ length: 5 }, () => `<li><a href="${this.slug()}">${this.headline()}</a></li>`).join('');
    return `<div class="${this.block('breaking-news')}" role="region" aria-label="${this.lex.ui.breaking}"><span class="${this.hash()}">${this.lex.ui.breaking}</span><ul class="${this.hash()}">${items}</ul><button type="button" aria-label="Close">${this.icon()}</button></div>`;
  }
  shareBar(): string {
    const networks = ['email', 'x', 'facebook', 'whatsapp', 'linkedin', 'bluesky', 'copy'];
    const items = networks.map((n) => `<li><a class="share share--${n}" href="/share?via=${n}" rel="nofollow">${this.icon(2)}<span class="visually-hidden">${this.lex.ui.share} (${n})</span></a></li>`).join('');
    return `<div class="${this.block('share-tools')}" role="group" aria-label="${this.lex.ui.share}"><ul class="${this.hash()}">${items}</ul><span class="${this.hash()}">${this.int(10, 900)}</span></div>`;
  }
  newsletter(): string {
    const { ui } = this.lex;
    return `<section class="${this.block('newsletter-signup')}" aria-labelledby="nl-title"><div class="${this.hash()}">${this.icon(3)}</div><h2 id="nl-title">${ui.newsletterTitle}</h2><p>${ui.newsletterText}</p>` +
      `<form action="/newsletters/subscribe" method="post"><label for="nl-email">${ui.email}</label><input id="nl-email" name="email" type="email" autocomplete="email"><button type="submit">${ui.signUp}</button><p class="${this.hash()}"><small>${ui.privacy}</small></p></form></section>`;
  }
  consent(): string {
    const { ui } = this.lex;
    const purposes = ui.purposes.split('|').map((p, i) => `<li><label><input type="checkbox" name="purpose-${i}"> <span>${p}</span></label><button type="button" aria-expanded="false">${this.icon()}</button></li>`).join('');
    return `<div class="cmp-overlay" role="dialog" aria-modal="true" aria-labelledby="cmp-title"><div class="cmp-box"><h2 id="cmp-title">${ui.consentTitle}</h2><p>${ui.consentText}</p><ul class="cmp-purposes">${purposes}</ul>` +
      `<div class="cmp-buttons"><button type="button">${ui.acceptAll}</button><button type="button">${ui.rejectAll}</button><button type="button">${ui.manage}</button></div></div></div>`;
  }
  config(sizeHint: number): string {
    const sections = this.lex.sections.map((s) => ({ name: s, path: `/${s.toLowerCase()}`, ads: this.int(2, 6), flags: { live: this.rand() > 0.5, paywall: this.rand() > 0.7 } }));
    const config = { page: { type: 'article', template: 'standard', edition: 'bench' }, ads: { units: Array.from({ length: 8 }, (_, i) => `/bench/slot-${i}`), lazyMarginPx: 600 }, features: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`flag${i}`, this.rand() > 0.5])), sections, buckets: Array.from({ length: Math.ceil(sizeHint / 50) }, (_, i) => ({ id: i, weight: this.int(1, 100) })) };
    return `<script type="application/json" id="page-config">${JSON.stringify(config)}</script>`;
  }

  // ---- sections that scale: each adds units until its element budget is spent ----

  /** Adds units from make() while they fit in budget; returns the html and the elements used. */
  fill(budget: number, make: (i: number) => string, min = 0): { html: string; used: number } {
    let html = '';
    let used = 0;
    for (let i = 0; ; i++) {
      const unit = make(i);
      const n = countElements(unit);
      if (i >= min && used + n > budget) break;
      html += unit;
      used += n;
      if (i > 10_000) break;
    }
    return { html, used };
  }
  megaNav(budget: number): { html: string; used: number } {
    const wrapOpen = `<nav class="${this.block('mega-nav')}" aria-label="Sections"><ul class="${this.hash()}">`;
    const inner = this.fill(budget - 3, (i) => {
      const section = this.lex.sections[i % this.lex.sections.length];
      const columns = Array.from({ length: this.int(2, 4) }, () => {
        const links = Array.from({ length: this.int(4, 8) }, () => `<li><a href="/${section.toLowerCase()}/${this.int(1, 99)}">${this.pick(this.lex.subsections)}</a></li>`).join('');
        return `<div class="${this.hash()}"><h3>${this.pick(this.lex.subsections)}</h3><ul>${links}</ul></div>`;
      }).join('');
      const promo = `<div class="${this.hash()}"><a href="${this.slug()}"><img alt="" width="160" height="90" data-src="/img/${this.int(1, 9999)}.jpg"><span>${this.headline()}</span></a></div>`;
      return `<li class="${this.hash()}"><a href="/${section.toLowerCase()}">${section}</a><button type="button" aria-expanded="false">${this.icon()}</button><div class="${this.hash()}" hidden>${columns}${promo}</div></li>`;
    }, 1);
    return { html: `${wrapOpen}${inner.html}</ul></nav>`, used: inner.used + 2 };
  }
  teaser(withSummary: boolean): string {
    const w = this.words();
    const summary = withSummary ? `<p class="${this.hash()}">${this.pick(this.lex.summaries)(w)}</p>` : '';
    return `<li class="${this.hash()}"><a href="${this.slug()}"><div class="${this.hash()}"><img alt="" width="300" height="169" loading="lazy" data-src="/img/${this.int(1, 9999)}.jpg"></div><span class="${this.hash()}">${this.pick(this.lex.sections)}</span><h3>${this.headline()}</h3></a>${summary}<div class="${this.hash()}"><time datetime="2026-11-27">${this.int(1, 23)} ${this.lex.ui.ago}</time><span>${this.icon()}${this.int(0, 400)}</span></div></li>`;
  }
  related(budget: number): { html: string; used: number } {
    const inner = this.fill(budget - 3, () => this.teaser(true), 3);
    return { html: `<section class="${this.block('related-stories')}"><h2>${this.lex.ui.related}</h2><ul>${inner.html}</ul></section>`, used: inner.used + 3 };
  }
  rail(budget: number): { html: string; used: number } {
    const ads = this.adSlot('mpu', '[[300,250]]') + this.adSlot('halfpage', '[[300,600]]');
    const fixed = countElements(ads) + 4;
    const inner = this.fill(budget - fixed, (i) => `<li><span class="${this.hash()}">${i + 1}</span><a href="${this.slug()}"><h3>${this.headline()}</h3></a></li>`, 5);
    return { html: `<aside class="${this.block('sidebar')}">${this.adSlot('mpu', '[[300,250]]')}<section class="${this.block('most-read')}"><h2>${this.lex.ui.mostRead}</h2><ol>${inner.html}</ol></section>${this.adSlot('halfpage', '[[300,600]]')}</aside>`, used: inner.used + fixed };
  }
  comment(depth: number): string {
    const w = this.words();
    const user = this.pick(this.lex.users);
    const replies = depth === 0 && this.rand() < 0.35 ? `<ol class="${this.hash()}">${Array.from({ length: this.int(1, 2) }, () => this.comment(1)).join('')}</ol>` : '';
    const { ui } = this.lex;
    return `<li class="${this.hash()}"><div class="${this.hash()}"><span class="${this.hash()}" aria-hidden="true">${user.slice(0, 2).toUpperCase()}</span><a href="/profile/${this.int(1, 99999)}">${user}</a><time datetime="2026-11-27">${this.int(1, 23)} ${ui.ago}</time></div>` +
      `<div class="${this.hash()}"><p>${this.pick(this.lex.comments)(w)}</p></div><div class="${this.hash()}"><button type="button">${ui.reply}</button><button type="button">${this.icon()}${ui.recommend} <span>${this.int(0, 300)}</span></button><button type="button">${ui.report}</button></div>${replies}</li>`;
  }
  comments(budget: number): { html: string; used: number } {
    const { ui } = this.lex;
    const form = `<form class="${this.hash()}" action="/comments" method="post"><label for="comment-text">${ui.post}</label><textarea id="comment-text" name="text"></textarea><button type="submit">${ui.post}</button></form>`;
    const fixed = countElements(form) + 4;
    const inner = this.fill(budget - fixed, () => this.comment(0), 3);
    return { html: `<section id="comments" class="${this.block('comments')}"><h2>${ui.comments} (${this.int(40, 900)})</h2>${form}<ol class="${this.hash()}">${inner.html}</ol></section>`, used: inner.used + fixed };
  }
  footer(budget: number): { html: string; used: number } {
    const { ui } = this.lex;
    const social = `<ul class="${this.hash()}">${Array.from({ length: 5 }, () => `<li><a href="/follow">${this.icon(2)}</a></li>`).join('')}</ul><p>${ui.copyright}</p>`;
    const fixed = countElements(social) + 1;
    let group = 0;
    const inner = this.fill(budget - fixed, () => {
      const links = Array.from({ length: this.int(6, 12) }, () => `<li><a href="/info/${this.int(1, 999)}">${this.pick(this.lex.footerLinks)}</a></li>`).join('');
      return `<div class="${this.hash()}"><h3>${this.lex.footerGroups[group++ % this.lex.footerGroups.length]}</h3><ul>${links}</ul></div>`;
    }, 2);
    // Top up with single links so the page lands within a couple of elements of its target.
    let rest = budget - fixed - inner.used;
    let tail = '';
    while (rest >= 2) {
      tail += `<li><a href="/tags/${this.int(1, 9999)}">${this.pick(this.lex.subsections)}</a></li>`;
      rest -= 2;
    }
    const extra = tail ? `<ul class="${this.hash()}">${tail}</ul>` : '';
    return { html: `<footer class="${this.block('site-footer')}" role="contentinfo">${inner.html}${extra}${social}</footer>`, used: fixed + inner.used + countElements(extra) };
  }
}

/** Shares of the scalable budget (our assumption, after the look of large news pages). */
const SHARES = { nav: 0.24, rail: 0.08, related: 0.22, comments: 0.28 } as const; // the footer takes the rest

/**
 * The fixture page with news-site furniture around its body content, at about
 * `elements` elements in all (never below the fixture plus the fixed furniture).
 */
export function dressPage(html: string, options: DressOptions): string {
  const open = /<body\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < open.index) throw new Error('dressPage: the page has no <body>…</body>');
  const bodyStart = open.index + open[0].length;
  const lang = options.lang ?? (/<html\b[^>]*\blang="fr/i.test(html) ? 'fr' : 'en');
  const f = new Furniture(lang === 'fr' ? FR : EN, options.seed ?? 1, options.naming !== 'hashed');

  const before = [f.topBar(), f.breaking(), f.adSlot('leaderboard', '[[728,90],[970,250]]'), f.shareBar()];
  const after = [f.shareBar(), f.newsletter(), f.consent(), f.config(options.elements * 4)];
  const fixed = countElements(html) + before.concat(after).reduce((n, s) => n + countElements(s), 0) + 2; // + header wrapper, + main-content anchor
  const budget = Math.max(0, options.elements - fixed);
  const nav = f.megaNav(Math.floor(budget * SHARES.nav));
  const rail = f.rail(Math.floor(budget * SHARES.rail));
  const related = f.related(Math.floor(budget * SHARES.related));
  const comments = f.comments(Math.floor(budget * SHARES.comments));
  const footer = f.footer(budget - nav.used - rail.used - related.used - comments.used);

  const header = `<header class="site-header" role="banner">${before[0]}${nav.html}</header>${before.slice(1).join('')}<a id="main-content"></a>`;
  const trailer = `${rail.html}${after[0]}${related.html}${comments.html}${after[1]}${footer.html}${after[2]}${after[3]}`;
  return html.slice(0, bodyStart) + header + html.slice(bodyStart, close) + trailer + html.slice(close);
}
