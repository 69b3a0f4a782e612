/**
 * The shape of a language lexicon. Lexicons are plain data (utils/lang/en.ts, fr.ts);
 * the engine's logic lives in utils/engine and never names a word of a language itself.
 */
import type { Tone } from '../engine/types';

export interface VerbEntry {
  lemma: string;
  tone: Tone;
  /** The verb can take its statement as a noun phrase ("a nié les accusations", "denied the report"). */
  object?: boolean;
  /** Prepositions that open its object: "a plaidé pour l'ajout de…", "called for an inquiry". */
  preps?: Set<string>;
}

export interface PronounEntry {
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** "it"/"its" style pronouns that stand for an organization. */
  neuter?: boolean;
  /** "ce dernier", "the latter": the last one mentioned, not the last one quoted. */
  latest?: boolean;
}

/** How a bare infinitive is told from a noun with the same ending ("a assuré vouloir…" but "a dit « guerre totale »"). */
export interface InfinitiveRules {
  /** Endings every infinitive has. */
  form: RegExp;
  /** Infinitives known by name: irregular verbs and the reporting verbs' own lemmas. */
  known: Set<string>;
  /** Regular classes: an ending, and the forms (stem + suffix) that the word lexicon must know for the word to be a verb ("parler" → "parlait", "parlez"). */
  regular: [ending: string, siblings: string[]][];
}

export interface LangLexicon {
  code: 'fr' | 'en';
  /** Finite forms and past participles of reporting verbs, lowercase. */
  verbs: Map<string, VerbEntry>;
  /** Present participles that continue a statement (", affirmant que", ", insisting that"). */
  participles: Map<string, VerbEntry>;
  /** Multi-word cues, lowercase token sequences (after an auxiliary): "mis en garde", "tiré la sonnette d'alarme". */
  phraseCues: { tokens: string[]; entry: VerbEntry }[];
  auxiliaries: Set<string>;
  /** Words that introduce reported content: que, qu', that. */
  complementizers: Set<string>;
  /** Words that may sit between a cue verb and its complementizer or subject ("toujours", "also", "mercredi"). */
  skippable: Set<string>;
  /** Prepositions that open a relaying channel after a cue ("à l'AFP", "to Reuters"). */
  viaPrepositions: Set<string>;
  /** Multi-word relaying channels ("dans un communiqué", "in a statement"), lowercase token sequences. */
  viaPhrases: string[][];
  /** "cité par", "quoted by": the relaying channel follows. */
  relayMarkers: string[][];
  /** Adverbial phrases that may sit between an auxiliary and its participle ("a de son côté dénoncé"). */
  adverbials: string[][];
  /** Sentence-initial framings that name a source like "selon" ("Pour le ministre, …"). */
  framingMarkers: string[][];
  /** "selon", "d'après", "according to": the source follows. */
  sourceMarkers: string[][];
  /** One-word source markers that are also ordinary words ("per worker"): a source only before a capital or a determiner ("per Reuters", "per the company"). */
  strictSourceMarkers: Set<string>;
  /** Words after a source marker that make it a relative clause, not a source ("selon lesquelles"). */
  sourceBlockers: Set<string>;
  pronouns: Map<string, PronounEntry>;
  /** Pronoun subjects that name nobody ("on", "one"). */
  impersonal: Set<string>;
  /** Sentence openings where a personal pronoun is impersonal ("il y a", "il faut", "il s’agit"), lowercase token sequences. */
  impersonalOpenings: string[][];
  /** Relative pronouns that open an insertion (", qui…", ", who…"). */
  relatives: Set<string>;
  definite: Set<string>;
  indefinite: Set<string>;
  /** Possessives that open a descriptor ("son homologue", "his deputy"). */
  possessives: Set<string>;
  /** Nouns that describe a person by role ("ministre", "spokesman"). */
  roleNouns: Set<string>;
  /** Offices held by one person ("président", "mayor"): a stand-in for them needs that role, not mere proximity. */
  officeNouns: Set<string>;
  /** Nouns for a spokesperson: "un porte-parole de X" speaks for X. */
  spokesNouns: Set<string>;
  /** Heads of anonymous sources ("source", "officials", "people familiar"). */
  anonymousNouns: Set<string>;
  /** Words that mark a source as anonymous anywhere in its phrase ("anonymat", "anonymity"). */
  anonymityMarkers: Set<string>;
  /** Heads that name a document ("rapport", "statement", "texte"). */
  documentNouns: Set<string>;
  /** Documents through which their author speaks ("communiqué", "statement"): "the statement from Acme" is Acme. */
  voiceDocumentNouns: Set<string>;
  /** Authored works that keep their own voice even when their author is named ("le rapport de la Cour des comptes", "the board's annual review"). */
  authoredDocumentNouns: Set<string>;
  /** Heads that name an organization ("ministère", "company", "gouvernement"). */
  organizationNouns: Set<string>;
  /** Heads so generic that they stand for the organization the story last named ("the company", "la direction"). */
  genericOrganizationHeads: Set<string>;
  /** Organization heads that name the same kind of body ("mairie" = "municipalité", "company" = "firm"). */
  organizationSynonyms: string[][];
  /** Words inside a proper name that make it an organization ("Commission", "Inc"). */
  organizationNameWords: Set<string>;
  /** Feminine role nouns or adjectives that reveal gender ("présidente", "directrice"). */
  feminineRoleWords: Set<string>;
  masculineRoleWords: Set<string>;
  /** Courtesy titles and their gender ("M." → m, "Mme" → f, "Dr." → null). */
  titles: Map<string, 'm' | 'f' | null>;
  /** Nationality adjectives and demonyms, lowercase → ISO 3166-1 alpha-2. */
  nationalities: Map<string, string>;
  /** Function words that can start a sentence with a capital and are never names. */
  functionWords: Set<string>;
  /** Prepositions and particles that may sit inside a name ("de", "van", "bin"). */
  nameParticles: Set<string>;
  /** Elided prefixes split off a word ("l'", "qu'"). Empty for English. */
  elisions: Set<string>;
  /** The one speaker all anonymous sources are grouped under ("Anonymous sources"). */
  anonymousSpeaker: string;
  /** Paragraph labels of the interviewer in a Q&A ("Q", "Question"): not statements. */
  interviewerLabels: Set<string>;
  /** Words of time that may sit between a cue and its clause ("Tuesday", "mercredi", "2022"). */
  timeWords: Set<string>;
  /** Prepositions after which a capitalised word is a complement, not a name ("du Mossad", "of State"). */
  prepositions: Set<string>;
  /** Words that end a descriptor before its relaying participle ("consulté par", "seen by"). */
  relayParticiples: Set<string>;
  /** Modals before a reporting verb that make it a plan or a guess, not words said ("will argue", "could say"). */
  hypotheticalMarkers: Set<string>;
  /** Reporting verbs (lemmas) that take a clause without a complementizer ("said the plan would…"). */
  bareClauseVerbs: Set<string>;
  /** Words that open such a clause ("says this is…", "said every bus…"). */
  bareClauseOpeners: Set<string>;
  /** Object pronouns: the whole addressee of "told" ("told us the plan…"). */
  objectPronouns: Set<string>;
  /** Modal verbs, which show that a clause has begun ("said picket lines could…"). */
  modals: Set<string>;
  /** Conjunctions after which a new subject and cue start a statement of their own ("tandis que", "whereas"). */
  contrastConjunctions: Set<string>;
  /** Words before "que" whose clause gives a reason or a concession, not reported words ("parce que", "bien que"). */
  queSubordinators: Set<string>;
  /** Words that open a subordinate or coordinate clause of their own ("because", "quand", "et"). */
  subordinators: Set<string>;
  /** Determiners of quantity that open an object ("toute implication", "any wrongdoing"). */
  quantifiers: Set<string>;
  /** Prepositions that open a circumstance after a subject ("lors de…", "during…"), not part of it. */
  circumstancePrepositions: Set<string>;
  /** Conjunctions after which a pronoun starts a clause of its own ("…, but she argued…", "…, mais elle a…"). */
  clauseCoordinators: Set<string>;
  /** Prepositions that attach a place or workplace to a person ("at the shelter", "de la ligne"). */
  placePrepositions: Set<string>;
  /** Nouns that introduce a media outlet after "à"/"to" ("au journal X", "to the newspaper X"). */
  mediaNouns: Set<string>;
  /** Determiners that make a role descriptor plural ("les", "these"). */
  pluralDeterminers: Set<string>;
  /** Auxiliaries of the perfect ("a pointé", "has called"), not modals ("would cost"). */
  perfectAuxiliaries: Set<string>;
  /** Forms of "être"/"be" as auxiliary: a reflexive cue in French ("s'est félicité"), a passive in English ("was told"). */
  beingAuxiliaries: Set<string>;
  /** Plain verbs of saying, whose quotation right after them is the words said however short ("a dit « non »"), lemmas. */
  sayingLemmas: Set<string>;
  /** Bare infinitives after a cue ("a dit être…"); null when the language reports no clause that way. */
  infinitives: InfinitiveRules | null;
  /** Future forms of reporting verbs ("annoncera", "dira"): an announcement to come, not a statement. */
  futureForm: RegExp | null;
  /** Words opening a cue's content that say nothing was said: a refusal ("n'a pas souhaité commenter", "declined to comment") or an open question ("has not said whether"). */
  nothingSaidOpeners: Set<string>;
  /** Clause-level words that end a descriptor ("lors", "pendant", "during", "who", "and"): what follows does not describe the person. */
  descriptorStops: Set<string>;
  /** Possessives by which the reporter sources their own words ("selon nos informations", "according to our sources"): no speaker. */
  reporterPossessives: Set<string>;
  /** Words right after an unknown name that show it is an organization ("said it…", ", which…"). */
  organizationHints: Set<string>;
  /** Most frequent words of the language, for detection. */
  stopwords: Set<string>;
}
