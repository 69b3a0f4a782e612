/** French lexicon: reporting verbs with tone, sourcing phrases, pronouns, role nouns, nationalities. */
import type { LangLexicon } from './types';
import { frenchEr, table, verbTable, words, type VerbSpec } from './build';

const er = frenchEr;

/** Curated lemmas (Radar de Parité / GGT style): tone says how the article frames the words. */
const VERBS: VerbSpec[] = [
  ['dire', 'neutral', 'dit dite dits dites disent disait disaient dira diront dirait diraient'],
  ['déclarer', 'neutral', er('déclar')],
  ['ajouter', 'neutral', er('ajout')],
  ['indiquer', 'neutral', er('indiqu')],
  ['préciser', 'neutral', er('précis')],
  ['expliquer', 'neutral', er('expliqu')],
  ['annoncer', 'neutral', er('annonc'), true],
  ['souligner', 'neutral', er('soulign')],
  ['noter', 'neutral', er('not')],
  ['rappeler', 'neutral', `${er('rappel')} rappelle rappellent`],
  ['confier', 'neutral', er('confi')],
  ['raconter', 'neutral', er('racont')],
  ['rapporter', 'neutral', er('rapport')],
  ['relater', 'neutral', er('relat')],
  ['rapporter', 'neutral', er('rapport')],
  ['estimer', 'neutral', er('estim'), true],
  ['juger', 'neutral', er('jug'), true],
  ['considérer', 'neutral', `${er('considér')} considère considèrent`],
  ['trouver', 'neutral', er('trouv'), true],
  ['appeler', 'neutral', 'appelé appelée appelés appelle appellent appelait'],
  ['exhorter', 'loaded', er('exhort')],
  ['tempérer', 'neutral', `${er('tempér')} tempère tempèrent`],
  ['nuancer', 'neutral', er('nuanc')],
  ['prévoir', 'neutral', 'prévu prévoit prévoient prévoyait'],
  ['avancer', 'neutral', er('avanc')],
  ['confirmer', 'neutral', er('confirm'), true],
  ['écrire', 'neutral', 'écrit écrite écrits écrivent écrivait écrivaient écrira écrirait'],
  ['répondre', 'neutral', 'répondu répond répondent répondait répondaient répondit'],
  ['observer', 'neutral', er('observ')],
  ['commenter', 'neutral', er('comment')],
  ['signaler', 'neutral', er('signal')],
  ['relever', 'neutral', `${er('relev')} relève relèvent`],
  ['mentionner', 'neutral', er('mentionn')],
  ['témoigner', 'neutral', er('témoign')],
  ['confirmer', 'neutral', er('confirm'), true],
  ['promettre', 'neutral', 'promis promise promet promettent promettait promettaient promit'],
  ['prévenir', 'neutral', 'prévenu prévenue prévient préviennent prévenait'],
  ['poursuivre', 'neutral', 'poursuivi poursuit poursuivait'],
  ['conclure', 'neutral', 'conclu conclut concluait'],
  ['détailler', 'neutral', er('détaill')],
  ['résumer', 'neutral', er('résum')],
  ['lancer', 'neutral', er('lanc')],
  ['saluer', 'neutral', er('salu'), true],
  ['attribuer', 'neutral', er('attribu'), true],
  ['décrire', 'neutral', 'décrit décrite décrivait décrivent', true],
  ['qualifier', 'neutral', er('qualifi'), true],
  ['évoquer', 'neutral', er('évoqu'), true],
  ['demander', 'neutral', er('demand')],
  ['réclamer', 'neutral', er('réclam'), true],
  ['exiger', 'loaded', er('exig'), true],
  ['espérer', 'neutral', `${er('espér')} espère espèrent`],
  ['souhaiter', 'neutral', er('souhait')],
  ['regretter', 'neutral', er('regrett'), true],
  ['reprendre', 'neutral', 'reprend reprenait'],
  ['enchaîner', 'neutral', er('enchaîn')],
  ['interroger', 'neutral', 's’interroge'],
  ['affirmer', 'loaded', er('affirm')],
  ['assurer', 'loaded', er('assur')],
  ['soutenir', 'loaded', 'soutenu soutenue soutient soutiennent soutenait'],
  ['prétendre', 'loaded', 'prétendu prétend prétendent prétendait'],
  ['nier', 'loaded', er('ni'), true],
  ['démentir', 'loaded', 'démenti démentie dément démentent démentait', true],
  ['marteler', 'loaded', `${er('martel')} martèle martèlent`],
  ['reconnaître', 'loaded', 'reconnu reconnue reconnaît reconnait reconnaissent reconnaissait', true],
  ['admettre', 'loaded', 'admis admise admet admettent admettait', true],
  ['concéder', 'loaded', `${er('concéd')} concède concèdent`],
  ['avouer', 'loaded', er('avou'), true],
  ['insister', 'loaded', er('insist')],
  ['clamer', 'loaded', er('clam')],
  ['proclamer', 'loaded', er('proclam')],
  ['dénoncer', 'loaded', er('dénonc'), true],
  ['fustiger', 'loaded', er('fustig'), true],
  ['accuser', 'loaded', er('accus'), true],
  ['critiquer', 'loaded', er('critiqu'), true],
  ['déplorer', 'loaded', er('déplor'), true],
  ['condamner', 'loaded', er('condamn'), true],
  ['rejeter', 'loaded', `${er('rejet')} rejette rejettent`, true],
  ['contester', 'loaded', er('contest'), true],
  ['avertir', 'loaded', 'averti avertie avertit avertissent avertissait'],
  ['menacer', 'loaded', er('menac')],
  ['répliquer', 'loaded', er('répliqu')],
  ['rétorquer', 'loaded', er('rétorqu')],
  ['ironiser', 'loaded', er('ironis')],
  ['s’indigner', 'loaded', er('indign')],
  ['se vanter', 'loaded', er('vant')],
  ['tempêter', 'loaded', er('tempêt')],
  ['s’alarmer', 'loaded', er('alarm')],
  ['s’inquiéter', 'neutral', `${er('inquiét')} inquiète inquiètent`, 'de du des d’'],
  ['se féliciter', 'neutral', er('félicit'), 'de du des d’'],
  ['se réjouir', 'neutral', 'réjoui réjouie réjouit'],
  ['plaider', 'neutral', er('plaid'), 'pour'],
  ['alerter', 'loaded', er('alert')],
  ['jurer', 'loaded', er('jur')],
  ['garantir', 'loaded', 'garanti garantie garantit garantissent'],
  ['arguer', 'loaded', er('argu')],
  ['révéler', 'neutral', `${er('révél')} révèle révèlent`],
  ['constater', 'neutral', er('constat')],
  ['pointer', 'neutral', er('point'), true],
  ['tweeter', 'neutral', er('tweet')],
  ['glisser', 'neutral', er('gliss')],
  ['souffler', 'neutral', er('souffl')],
  ['lâcher', 'loaded', er('lâch')],
  ['tonner', 'loaded', er('tonn')],
  ['railler', 'loaded', er('raill'), true],
  ['minimiser', 'loaded', er('minimis'), true],
  ['certifier', 'loaded', er('certifi')],
  ['s’étonner', 'neutral', er('étonn'), 'de du des d’'],
];

/**
 * Infinitives that regular endings do not reveal: irregular verbs, and the -oir verbs, whose
 * ending many nouns share ("soir", "couloir"). The reporting verbs' lemmas are added below.
 */
const IRREGULAR_INFINITIVES = `être avoir aller faire dire redire lire relire croire boire plaire rire sourire écrire
  décrire prendre apprendre comprendre reprendre surprendre entreprendre connaître reconnaître paraître apparaître
  disparaître naître conduire construire produire réduire traduire détruire craindre plaindre joindre rejoindre
  peindre atteindre éteindre résoudre vaincre convaincre venir devenir revenir parvenir intervenir prévenir convenir
  tenir obtenir maintenir soutenir retenir appartenir contenir courir parcourir recourir secourir mourir ouvrir
  rouvrir offrir souffrir couvrir découvrir partir repartir sortir dormir sentir ressentir mentir servir acquérir
  conquérir fuir cueillir accueillir vouloir pouvoir devoir savoir voir revoir prévoir entrevoir valoir falloir
  recevoir percevoir apercevoir décevoir concevoir émouvoir asseoir pleuvoir`;

/** Present participles that continue the main clause's statement: ", affirmant que…". */
const PARTICIPLES: VerbSpec[] = [
  ['dire', 'neutral', 'disant'],
  ['affirmer', 'loaded', 'affirmant'],
  ['assurer', 'loaded', 'assurant'],
  ['ajouter', 'neutral', 'ajoutant'],
  ['expliquer', 'neutral', 'expliquant'],
  ['estimer', 'neutral', 'estimant'],
  ['jugeant', 'neutral', 'jugeant'],
  ['considérer', 'neutral', 'considérant'],
  ['soulignant', 'neutral', 'soulignant'],
  ['précisant', 'neutral', 'précisant'],
  ['indiquer', 'neutral', 'indiquant'],
  ['rappeler', 'neutral', 'rappelant'],
  ['insister', 'loaded', 'insistant'],
  ['soutenir', 'loaded', 'soutenant'],
  ['arguer', 'loaded', 'arguant'],
  ['reconnaître', 'loaded', 'reconnaissant'],
  ['admettre', 'loaded', 'admettant'],
  ['nier', 'loaded', 'niant'],
  ['prétendre', 'loaded', 'prétendant'],
  ['avertir', 'loaded', 'avertissant'],
  ['promettre', 'neutral', 'promettant'],
  ['dénoncer', 'loaded', 'dénonçant'],
  ['accuser', 'loaded', 'accusant'],
  ['martelant', 'loaded', 'martelant'],
  ['jurant', 'loaded', 'jurant'],
  ['notant', 'neutral', 'notant'],
  ['qualifiant', 'neutral', 'qualifiant'],
  ['invoquer', 'neutral', 'invoquant'],
  ['annoncer', 'neutral', 'annonçant'],
  ['confirmer', 'neutral', 'confirmant'],
  ['assurer', 'loaded', 'assurant'],
  ['reconnaître', 'loaded', 'reconnaissant'],
  ['évoquer', 'neutral', 'évoquant'],
  ['déplorer', 'loaded', 'déplorant'],
  ['regretter', 'neutral', 'regrettant'],
  ['réclamer', 'neutral', 'réclamant'],
  ['dénoncer', 'loaded', 'dénonçant'],
];

const PHRASES: [string, VerbSpec[1]][] = [
  ['mis en garde', 'loaded'],
  ['mise en garde', 'loaded'],
  ['tiré la sonnette d’alarme', 'loaded'],
  ['fait savoir', 'neutral'],
  ['fait état', 'neutral'],
  ['fait valoir', 'neutral'],
  ['fait remarquer', 'neutral'],
  ['fait observer', 'neutral'],
  ['laissé entendre', 'loaded'],
  ['donné l’assurance', 'loaded'],
  ['mettant en garde', 'loaded'],
  ['faisant valoir', 'neutral'],
];

/** Nationality stems with their ISO code; the inflections are generated (-ien/-ienne/-iens/-iennes…). */
const NATIONALITIES = `russe=RU; iranien=IR; israélien=IL; américain=US; états-unien=US; français=FR;
britannique=GB; anglais=GB; allemand=DE; italien=IT; espagnol=ES; portugais=PT; chinois=CN; japonais=JP;
ukrainien=UA; marocain=MA; algérien=DZ; tunisien=TN; égyptien=EG; turc=TR; turque=TR; syrien=SY;
libanais=LB; saoudien=SA; qatari=QA; émirati=AE; indien=IN; pakistanais=PK; afghan=AF; canadien=CA;
mexicain=MX; brésilien=BR; argentin=AR; belge=BE; suisse=CH; néerlandais=NL; polonais=PL; suédois=SE;
norvégien=NO; danois=DK; finlandais=FI; grec=GR; grecque=GR; irakien=IQ; jordanien=JO; palestinien=PS;
nigérian=NG; sud-africain=ZA; sénégalais=SN; ivoirien=CI; malien=ML; australien=AU; sud-coréen=KR;
nord-coréen=KP; coréen=KR; vietnamien=VN; arménien=AM; azerbaïdjanais=AZ; géorgien=GE; biélorusse=BY;
hongrois=HU; roumain=RO; autrichien=AT; irlandais=IE; kényan=KE; éthiopien=ET; vénézuélien=VE;
cubain=CU; chilien=CL; colombien=CO; péruvien=PE`;

function nationalities(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [stem, iso] of table(NATIONALITIES)) {
    const forms = [stem, `${stem}s`];
    if (stem.endsWith('ien')) forms.push(`${stem}ne`, `${stem}nes`);
    else if (stem.endsWith('ais') || stem.endsWith('ois')) forms.push(`${stem}e`, `${stem}es`);
    else if (stem.endsWith('e')) forms.push(`${stem}s`);
    else if (stem.endsWith('c')) forms.push(`${stem}s`);
    else forms.push(`${stem}e`, `${stem}es`);
    for (const f of forms) map.set(f, iso);
  }
  return map;
}

export const fr: LangLexicon = {
  code: 'fr',
  verbs: verbTable(VERBS),
  participles: verbTable(PARTICIPLES),
  // "a mis en garde contre une pénurie": the warning's object follows "contre".
  phraseCues: PHRASES.map(([p, tone]) => ({ tokens: p.split(' ').flatMap(splitElision), entry: { lemma: p, tone, ...(/en garde$/.test(p) ? { preps: words('contre') } : {}) } })),
  auxiliaries: words('a ont avait avaient aurait auraient aura auront ayant eut est sont était étaient serait sera s’est se s’ se sont s’était s’étaient va vont'),
  complementizers: words('que qu’'),
  skippable: words(`ne n’ pas plus jamais toujours également aussi encore déjà d’ailleurs ainsi alors notamment
    hier aujourd’hui lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi après-midi
    récemment publiquement clairement fermement ensuite enfin bien même pourtant lui leur y en
    depuis tard tôt aussitôt toutefois cependant
    néanmoins lui-même elle-même vite volontiers très`),
  viaPrepositions: words('à au aux sur dans'),
  viaPhrases: ['dans un communiqué', 'dans une déclaration', 'dans un entretien', 'dans une interview', 'dans un message',
    'dans une lettre', 'sur son compte', 'sur les réseaux sociaux', 'à la presse', 'aux journalistes', 'à la radio',
    'à la télévision', 'lors d’une conférence de presse', 'en conférence de presse', 'par écrit', 'par téléphone',
    'par courriel', 'par mail'].map((p) => p.split(' ').flatMap(splitElision)),
  relayMarkers: [['cité', 'par'], ['citée', 'par'], ['cités', 'par'], ['citées', 'par'], ['rapporté', 'par'], ['rapportés', 'par'],
    ['relayé', 'par'], ['relayés', 'par'], ['repris', 'par'], ['selon', 'des', 'propos', 'rapportés', 'par']],
  adverbials: ['de son côté', 'de leur côté', 'pour sa part', 'pour leur part', 'quant à lui', 'quant à elle', 'à son tour',
    'lui aussi', 'elle aussi', 'une nouvelle fois', 'à plusieurs reprises', 'à nouveau', 'de nouveau', 'sans détour',
    'sans ambages', 'en substance', 'd’emblée', 'à demi-mot', 'par ailleurs', 'en outre', 'de plus', 'pour autant',
    'en effet', 'encore une fois', 'elle aussi'].map((p) => p.split(' ').flatMap(splitElision)),
  framingMarkers: [['pour']],
  sourceMarkers: [['selon'], ['d’', 'après'], ['de', 'l’', 'avis', 'de'], ['aux', 'yeux', 'de'], ['à', 'en', 'croire']],
  strictSourceMarkers: words(''),
  sourceBlockers: words('lequel laquelle lesquels lesquelles quoi que qu’ moi toi nous vous'),
  pronouns: new Map([
    ['il', { gender: 'm', plural: false }], ['elle', { gender: 'f', plural: false }],
    ['ils', { gender: 'm', plural: true }], ['elles', { gender: 'f', plural: true }],
    ['lui', { gender: 'm', plural: false }], ['eux', { gender: 'm', plural: true }],
    ['celui-ci', { gender: 'm', plural: false, latest: true }], ['celle-ci', { gender: 'f', plural: false, latest: true }],
    ['ce dernier', { gender: 'm', plural: false, latest: true }], ['cette dernière', { gender: 'f', plural: false, latest: true }],
  ]),
  impersonal: words('on ce c’ cela ça ceci je j’ nous vous tu'),
  // "il s’agit" is impersonal, but "il s’est entretenu avec…" keeps its person: the reflexive needs its verb.
  impersonalOpenings: ['il y', 'il faut', 'il fallait', 'il s’agit', 'il s’agissait', 'il semble', 'il semblait', 'il paraît', 'il suffit', 'il convient']
    .map((p) => p.split(' ').flatMap(splitElision)),
  relatives: words('qui dont où lequel laquelle lesquels lesquelles que'),
  definite: words('le la les l’ ce cette ces'),
  indefinite: words('un une des plusieurs certains certaines deux trois quatre quelques de d’'),
  possessives: words('son sa ses leur leurs notre nos'),
  roleNouns: words(`ministre président présidente premier première chef cheffe responsable responsables porte-parole
    directeur directrice dirigeant dirigeante dirigeants secrétaire ambassadeur ambassadrice député députée sénateur
    sénatrice maire gouverneur gouverneure commissaire procureur procureure juge avocat avocate général générale colonel
    officier conseiller conseillère patron patronne pdg fondateur fondatrice économiste analyste expert experte
    chercheur chercheuse professeur professeure entraîneur entraîneuse sélectionneur sélectionneuse joueur joueuse
    capitaine attaquant défenseur gardien coach candidat candidate élu élue militant militante syndicaliste délégué
    déléguée représentant représentante homologue émissaire envoyé envoyée médecin docteur témoin habitant habitante
    opposant opposante leader diplomate roi reine prince princesse pape évêque archevêque gérant gérante vice-président
    vice-présidente adjoint adjointe administrateur administratrice cadre cadres manifestant manifestante président-directeur
    directeur-général haut-commissaire rapporteur rapporteure membre présidentielle auteur autrice journaliste sociologue
    politologue historien historienne spécialiste consultant consultante ingénieur ingénieure agriculteur agricultrice
    éleveur éleveuse commerçant commerçante salarié salariée ouvrier ouvrière infirmier infirmière trésorier trésorière
    technicien technicienne manager ailier talonneur pilier demi ouvreur arrière troisième-ligne buteur meneur pivot
    milieu défenseure gardienne enseignant enseignante proviseur proviseure principale inspecteur inspectrice
    secouriste pompier pompiers policier policière gendarme préfet préfète glaciologue climatologue scientifique
    météorologue prévisionniste chef-économiste stratège banquier banquière investisseur investisseuse actionnaire
    syndicaliste sportif sportive athlète pilote skipper nageur nageuse cycliste coureur coureuse boxeur tennisman
    tenniswoman champion championne sénatrice directeur-adjoint ministre-présidente chroniqueur chroniqueuse
    éditorialiste porte-drapeau dirigeante retraité retraitée étudiant étudiante parent mère père habitant riverain
    riveraine voisin voisine assistant assistante danseur danseuse élève soignant soignante soignants soignantes supporter supporters commissaire-priseur entrepreneur entrepreneuse fondateur-président
    chorégraphe photographe réalisateur réalisatrice metteur comédien comédienne acteur actrice chanteur chanteuse
    musicien musicienne écrivain écrivaine romancier romancière artiste architecte urbaniste pharmacien pharmacienne
    vétérinaire parlementaire notaire maraîcher maraîchère pêcheur pêcheuse viticulteur viticultrice boulanger boulangère
    restaurateur restauratrice bénévole usager usagère locataire propriétaire rescapé rescapée survivant survivante
    chirurgien chirurgienne kinésithérapeute psychiatre psychologue sage-femme ambulancier ambulancière conducteur
    conductrice chauffeur chauffeuse alpiniste grimpeur grimpeuse navigatrice navigateur arbitre entraîneure présidente-directrice`),
  officeNouns: words(`président présidente premier première ministre roi reine pape chancelier chancelière maire gouverneur
    gouverneure préfet préfète procureur procureure sénateur sénatrice député députée ambassadeur ambassadrice pdg
    directeur directrice secrétaire commissaire juge`),
  spokesNouns: words('porte-parole représentant représentante'),
  anonymousNouns: words('source sources proche proches interlocuteur connaisseur familier observateurs observateur entourage internaute internautes amis collègues'),
  anonymityMarkers: words('anonymat anonyme anonymes'),
  documentNouns: words(`ordonnance réquisitoire bulletin expertise synthèse tribune ouvrage circulaire texte rapport document documents communiqué étude sondage note lettre courrier décret arrêt
    jugement décision chiffres données statistiques bilan mémo contrat audit estimations prévisions projections
    enquête procès-verbal compte-rendu plainte résolution déclaration mémorandum projet message messages
    courriel mail avis sms tweet publication archives verbatim`),
  authoredDocumentNouns: words('rapport étude audit enquête expertise synthèse bilan ouvrage'),
  voiceDocumentNouns: words('communiqué déclaration lettre courrier message messages courriel mail sms tweet note mémo publication'),
  organizationNouns: words(`ministère gouvernement entreprise société groupe compagnie parquet police gendarmerie préfecture
    mairie commission agence syndicat parti fédération club armée état-major ong association banque tribunal cour
    conseil comité office institut observatoire service services autorités direction cabinet constructeur opérateur
    fabricant laboratoire hôpital université école collectif mouvement organisation fondation régulateur chancellerie
    présidence municipalité sous-préfecture région département assemblée sénat gouvernements justice fédérations équipe firme
    chambre bureau fonds caisse mutuelle coopérative consortium holding filiale rédaction intersyndicale opposition majorité
    opérateur assureur distributeur enseigne chaîne aéroport transporteur exploitant organisme établissement parquet
    autorité régie`),
  genericOrganizationHeads: words('agence organisation organisme institution établissement association collectif syndicat fédération club équipe entreprise société groupe firme compagnie direction constructeur fabricant enseigne opérateur exploitant autorité régie'),
  organizationSynonyms: [
    'entreprise société groupe firme compagnie direction constructeur fabricant enseigne opérateur exploitant',
    'mairie municipalité ville commune', 'préfecture sous-préfecture', 'tribunal cour juridiction', 'club équipe formation',
    'syndicat intersyndicale', 'association collectif ong', 'ministère gouvernement', 'agence autorité régulateur',
  ].map((g) => g.split(' ')),
  organizationNameWords: words(`commission ministère agence union parti conseil comité fédération association banque
    groupe société compagnie office institut fondation organisation assemblée sénat tribunal cour collectif syndicat
    mouvement université observatoire mairie préfecture municipalité club alliance coalition confédération ligue académie autorité centre réseau caisse mutuelle inspection régie chambre sa sas sarl inc corp ltd gmbh airlines nations-unies onu otan unesco unicef`),
  feminineRoleWords: words(`présidente ministre-déléguée cheffe directrice dirigeante ambassadrice députée sénatrice
    gouverneure procureure avocate conseillère patronne fondatrice experte chercheuse professeure entraîneuse
    sélectionneuse joueuse candidate élue militante déléguée représentante envoyée habitante opposante reine princesse
    gérante vice-présidente adjointe administratrice manifestante rapporteure autrice historienne consultante
    ingénieure agricultrice éleveuse commerçante salariée ouvrière infirmière trésorière interrogée`),
  masculineRoleWords: words(`président directeur dirigeant ambassadeur député sénateur procureur avocat conseiller patron
    fondateur chercheur entraîneur sélectionneur joueur candidat élu militant délégué représentant envoyé habitant
    opposant roi prince gérant vice-président adjoint administrateur manifestant historien interrogé`),
  titles: new Map<string, 'm' | 'f' | null>([
    ['m', 'm'], ['m.', 'm'], ['mme', 'f'], ['mme.', 'f'], ['mlle', 'f'], ['me', null], ['dr', null], ['pr', null],
    ['mgr', 'm'], ['monsieur', 'm'], ['madame', 'f'], ['maître', null], ['docteur', null], ['professeur', null],
  ]),
  nationalities: nationalities(),
  functionWords: words(`le la les l’ un une des du de d’ au aux ce cet cette ces il elle ils elles on nous vous je j’ tu
    lors selon d’après pour par sur sous dans en avec sans mais et ou donc or ni car si quand lorsque lorsqu’ alors puis
    ainsi pourtant cependant toutefois néanmoins depuis après avant pendant entre chez vers contre malgré dès plus moins
    très tout tous toute toutes son sa ses leur leurs notre nos votre vos mon ma mes qui que qu’ quoi dont où comment
    pourquoi c’ ça cela ceci y ne n’ pas aussi même ici là hier aujourd’hui demain lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre à a est sont
    côté face outre selon interrogé interrogée interrogés invité invitée questionné questionnée rappelons notons enfin
    certes désormais déjà encore jusqu’ jusqu’à puisqu’ puisque comme tandis dont autre autres chaque aucun aucune
    mais quant suite grâce afin sinon seul seule seuls parmi via`),
  nameParticles: words('de du des d’ la le van von der den bin ben ibn al el da di dos das del della ter abou abu'),
  elisions: words('l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu'),
  anonymousSpeaker: 'Sources anonymes',
  interviewerLabels: words('q question questions r réponse journaliste intervieweur intervieweuse nous'),
  timeWords: words(`lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre hier aujourd’hui demain matin soir midi après-midi semaine mois année an
    dernier dernière prochain prochaine en le ce cette début fin mi-`),
  prepositions: words('de du des d’ par chez à au aux avec pour sur dans entre contre'),
  hypotheticalMarkers: words('pourrait pourraient pourra pourront devrait devraient devra devront doit doivent va vont'),
  // "annoncera", "dira": future forms of the verb table (an inverted "dira-t-il" keeps its pronoun and stays a cue).
  futureForm: /(era|eront|ira|iront|dra|dront)$/,
  sayingLemmas: words('dire'),
  perfectAuxiliaries: words('a ont avait avaient'),
  beingAuxiliaries: words('est sont était étaient sera serait'),
  circumstancePrepositions: words('dans lors sur pendant devant depuis'),
  clauseCoordinators: words('et mais ou puis donc'),
  placePrepositions: words('de du des d’ chez à au aux dans'),
  mediaNouns: words('journal quotidien hebdomadaire magazine radio chaîne télévision agence site'),
  pluralDeterminers: words('les ces leurs des'),
  // French reports a clause with "que" (or an infinitive): no bare clause, no "told us".
  bareClauseVerbs: words(''),
  bareClauseOpeners: words(''),
  objectPronouns: words(''),
  modals: words(''),
  contrastConjunctions: words('tandis mais'),
  queSubordinators: words('parce bien pendant dès sans pour'),
  subordinators: words('parce puisque car bien quand lorsque si et ou donc comme'),
  quantifiers: words('tout toute tous toutes aucun aucune chaque'),
  // "a assuré vouloir…", "a dit « comprendre »…": an infinitive opens the reported clause, a noun ("« guerre totale »") does not.
  infinitives: {
    form: /(er|ir|re|oir)$/,
    known: new Set([...words(IRREGULAR_INFINITIVES), ...VERBS.map(([lemma]) => lemma.replace(/^(s’|se )/, ''))]),
    regular: [['er', ['ait', 'ez']], ['ir', ['issait']], ['dre', ['dait']], ['ttre', ['ttait']], ['vre', ['vait']]],
  },
  nothingSaidOpeners: words('commenter répondre réagir s’exprimer exprimer confirmer préciser'),
  descriptorStops: words('lors pendant dans après avant devant sans pour depuis qui que et mais'),
  reporterPossessives: words('nos notre mes'),
  // French "qui", "elle" name people as well as bodies: no hint.
  organizationHints: words(''),
  relayParticiples: words('consulté consultée consultés consultées cité citée cités citées obtenu obtenue obtenus obtenues publié publiée publiés publiées rapporté rapportés relayé relayés transmis révélé révélée'),
  stopwords: words(`le la les de des du un une et est en que qui dans pour pas sur au aux par avec ce cette il elle
    ils sont a ont été plus ne se sa son ses leur mais ou comme nous vous été fait dont où cela aussi selon après
    avant entre lors sans très tout être avait`),
};

/** "d’alarme" → ["d’", "alarme"], matching the tokenizer's elision split. */
function splitElision(token: string): string[] {
  const m = /^([a-z]+)’(.+)$/i.exec(token);
  return m ? [`${m[1].toLowerCase()}’`, m[2]] : [token];
}
