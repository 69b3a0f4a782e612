/**
 * Countries, capitals and seats of power in French and English, folded (lowercase, no
 * accents) → ISO 3166-1 alpha-2. A capital or country that "says" something is its
 * government speaking (metonymy), so these resolve to organizations with a country.
 */
const rows = `
RU: russie russia moscou moscow kremlin
IR: iran teheran tehran
IL: israel jerusalem tel-aviv knesset
US: etats-unis united states u.s usa washington maison blanche white house pentagone pentagon departement d'etat state department amerique america
FR: france paris elysee matignon quai d'orsay bercy beauvau
GB: royaume-uni united kingdom britain grande-bretagne great britain londres london downing street
DE: allemagne germany berlin
IT: italie italy rome
ES: espagne spain madrid
PT: portugal lisbonne lisbon
CN: chine china pekin beijing
JP: japon japan tokyo
UA: ukraine kiev kyiv
MA: maroc morocco rabat
DZ: algerie algeria alger algiers
TN: tunisie tunisia tunis
EG: egypte egypt le caire cairo
TR: turquie turkey turkiye ankara
SY: syrie syria damas damascus
LB: liban lebanon beyrouth beirut
SA: arabie saoudite saudi arabia riyad riyadh
QA: qatar doha
AE: emirats arabes unis united arab emirates abou dhabi abu dhabi
IN: inde india new delhi
PK: pakistan islamabad
AF: afghanistan kaboul kabul
CA: canada ottawa
MX: mexique mexico
BR: bresil brazil brasilia
AR: argentine argentina buenos aires
BE: belgique belgium
CH: suisse switzerland berne bern
NL: pays-bas netherlands la haye the hague amsterdam
PL: pologne poland varsovie warsaw
GR: grece greece athenes athens
IQ: irak iraq bagdad baghdad
KR: coree du sud south korea seoul
KP: coree du nord north korea pyongyang
AU: australie australia canberra
AM: armenie armenia erevan yerevan
AZ: azerbaidjan azerbaijan bakou baku
GE: georgie georgia tbilissi tbilisi
BY: bielorussie belarus minsk
HU: hongrie hungary budapest
AT: autriche austria vienne vienna
IE: irlande ireland dublin
NO: norvege norway oslo
SE: suede sweden stockholm
DK: danemark denmark copenhague copenhagen
FI: finlande finland helsinki
VE: venezuela caracas
CU: cuba la havane havana
SN: senegal dakar
CI: cote d'ivoire ivory coast abidjan yamoussoukro
ML: mali bamako
NG: nigeria abuja
ZA: afrique du sud south africa pretoria
KE: kenya nairobi
ET: ethiopie ethiopia addis-abeba addis ababa
`;

/** Multi-word names are listed with spaces; each line may hold several names. */
const MULTI = [
  'etats-unis', 'united states', 'maison blanche', 'white house', "departement d'etat", 'state department',
  "quai d'orsay", 'royaume-uni', 'united kingdom', 'grande-bretagne', 'great britain', 'downing street',
  'le caire', 'arabie saoudite', 'saudi arabia', 'emirats arabes unis', 'united arab emirates', 'abou dhabi',
  'abu dhabi', 'new delhi', 'buenos aires', 'la haye', 'the hague', 'coree du sud', 'south korea',
  'coree du nord', 'north korea', 'la havane', "cote d'ivoire", 'ivory coast', 'afrique du sud',
  'south africa', 'addis ababa',
];

function parse(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of rows.trim().split('\n')) {
    const [iso, rest] = line.split(':');
    let body = ` ${rest.trim()} `;
    for (const multi of MULTI) {
      if (body.includes(` ${multi} `)) {
        map.set(multi, iso);
        body = body.replace(` ${multi} `, ' ');
      }
    }
    for (const name of body.trim().split(/\s+/)) if (name) map.set(name, iso);
  }
  return map;
}

export const PLACES: Map<string, string> = parse();
