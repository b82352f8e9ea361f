/**
 * The words people use for the store's measures and codes, in English and Spanish,
 * beside the labels: "apprehensions" and "detenciones" for encounters, "returned by
 * Mexico" and "retornados" for INM's returns, "Hondurans" and "hondureños" for HND.
 * Written into the store (table `terms`) with the labels, so whatever reads claims or
 * searches takes its vocabulary from the store. Matched without case or accents; a
 * longer term wins over a shorter one it contains ("detenciones en México" over
 * "detenciones"). The words of a measure may have a nationality or a group between them
 * ("detenciones de hondureños en México"). The same words may name two measures that count
 * the same thing over different years (Mexico's returns: UPM's monthly table to April 2025,
 * INM's daily files from October 2024): the claim checker reads the one whose figures cover
 * the period claimed, and says so (parse/subject.ts).
 */
export interface Term {
  /** 'measure' or a dimension (citizenship, demographic, authority, component, geography). */
  dimension: string;
  code: string;
  en: string[];
  es: string[];
}

const measure = (code: string, en: string[], es: string[]): Term => ({ dimension: 'measure', code, en, es });
const member = (dimension: string, code: string, en: string[], es: string[]): Term => ({ dimension, code, en, es });

const RETURNS_EN = ['returned by mexico', 'mexico returned', 'returns', 'returned', 'mexico deported', 'deported by mexico', 'deportations by mexico', 'deportations from mexico', 'returns by mexico', 'returns from mexico', 'mexico s returns', 'mexican returns of'];
const RETURNS_ES = [
  'retornados por mexico', 'retornadas por mexico', 'mexico retorno', 'mexico devolvio', 'mexico deporto', 'deportados por mexico', 'devueltos por mexico', 'devueltas por mexico',
  'devoluciones por mexico', 'devoluciones de mexico', 'retornos por mexico', 'retornos desde mexico', 'retornos de mexico', 'deportaciones por mexico', 'deportaciones de mexico',
  'devoluciones', 'retornos', 'retornados', 'retornadas', 'retornada', 'retornado', 'retornada por mexico', 'deportada por mexico',
];

export const MEASURE_TERMS: Term[] = [
  measure(
    'encounters',
    ['encounters', 'encountered', 'apprehensions', 'apprehended', 'apprehension', 'border arrests', 'arrests at the border', 'illegal crossings', 'border crossings', 'crossings', 'migrants caught', 'caught crossing', 'expulsions', 'expulsion', 'expelled', 'expels'],
    ['encuentros', 'encuentro', 'detenciones', 'detenidos', 'detenidas', 'detenido', 'detenida', 'aprehensiones', 'aprehendidos', 'aprehendido', 'aprehendida', 'cruces', 'cruces irregulares', 'expulsiones', 'expulsion', 'expulsados', 'expulsadas', 'expulsaron', 'expulso'],
  ),
  // Mexico's returns, in INM's daily files (October 2024 on) and in UPM's monthly table (2015 to April 2025): the same words for both.
  measure('inm-returns', RETURNS_EN, RETURNS_ES),
  measure('mx-returns', RETURNS_EN, RETURNS_ES),
  measure(
    'mx-presentados',
    ['apprehensions in mexico', 'apprehended in mexico', 'apprehensions by mexico', 'mexico apprehended', 'mexico detained', 'detained in mexico', 'detentions in mexico', 'mexican apprehensions', 'mexico s apprehensions', 'presented to the migration authority', 'inm detained', 'inm apprehended', 'detained by inm', 'apprehended by inm', 'inm apprehensions', 'inm detentions'],
    ['detenciones en mexico', 'detenidos en mexico', 'detenidas en mexico', 'detenido en mexico', 'detenida en mexico', 'aprehendidos en mexico', 'aprehensiones en mexico', 'mexico detuvo', 'inm detuvo', 'detenidos por el inm', 'detenidas por el inm', 'detenciones del inm', 'aprehendidos por el inm', 'presentados ante la autoridad migratoria', 'eventos de extranjeros presentados', 'extranjeros presentados', 'presentados', 'presentadas'],
  ),
  measure('inm-rescatados', ['rescued by inm', 'rescued by mexico', 'migrants rescued', 'rescued'], ['rescatados', 'rescatadas', 'personas rescatadas', 'rescates']),
  measure(
    'inm-mexicans-received',
    [
      'mexicans repatriated', 'repatriated mexicans', 'mexicans received', 'mexicans returned from the us', 'mexicans returned from the united states', 'repatriated from the united states', 'repatriations of mexicans', 'mexican repatriations',
      // "Mexico received 15,000 Mexicans deported from the US": read as non-Mexicans received, with the nationality Mexico, before these.
      'mexicans deported from the us', 'mexicans deported from the united states', 'mexicans deported by the us', 'mexicans deported by the united states', 'mexicans sent back from the us', 'deported mexicans',
    ],
    [
      'mexicanos repatriados', 'personas mexicanas repatriadas', 'connacionales repatriados', 'mexicanos recibidos', 'repatriados desde estados unidos', 'repatriaciones de mexicanos', 'repatriados',
      'mexicanos deportados desde estados unidos', 'mexicanos deportados por estados unidos', 'connacionales deportados', 'mexicanos deportados',
    ],
  ),
  measure(
    'inm-foreigners-received',
    // "Took back" is how the 2021 negotiations said it ("Mexico undertakes to take back more expelled families"): without it,
    // "Mexico took back 100,000 families" read "Mexico" as the nationality and was checked against encounters of Mexicans.
    [
      'non-mexicans received', 'non mexicans received', 'foreigners received', 'received from the us', 'received from the united states', 'mexico received', 'mexico took in', 'mexico accepted', 'accepted by mexico', 'taken in by mexico',
      'mexico took back', 'mexico takes back', 'mexico take back', 'mexico taking back', 'mexico has taken back', 'taken back by mexico', 'mexico accepted back', 'mexico readmitted', 'readmitted by mexico',
    ],
    [
      'extranjeros recibidos', 'personas extranjeras recibidas', 'recibidos desde estados unidos', 'recibidas desde estados unidos', 'mexico recibio', 'recibidos por mexico', 'recibidas por mexico',
      'mexico acepto', 'aceptados por mexico', 'aceptadas por mexico', 'mexico acogio', 'acogidos por mexico', 'acogidas por mexico', 'mexico readmitio', 'readmitidos por mexico', 'readmitidas por mexico', 'mexico recibio de vuelta',
    ],
  ),
  measure('inm-inadmissions', ['refused entry to mexico', 'inadmissions'], ['inadmitidos', 'inadmitidas', 'inadmisiones']),
  measure(
    'darien-crossings',
    ['darien crossings', 'darien gap crossings', 'crossings of the darien', 'crossings through the darien', 'crossed the darien', 'crossed the darien gap', 'crossing the darien', 'darien transits', 'transits through the darien', 'transited the darien', 'went through the darien', 'irregular transits through the darien'],
    ['cruces por el darien', 'cruces del darien', 'cruces de la selva del darien', 'cruzaron el darien', 'cruzaron la selva del darien', 'cruzaron por el darien', 'transitos por el darien', 'transito por el darien', 'transitaron por el darien', 'atravesaron el darien', 'atravesaron la selva del darien'],
  ),
  // "US vaccine doses", "doses from the US": longer than "Mexico received", so a claim about doses Mexico received is about doses.
  measure(
    'vaccine-doses-donated',
    ['vaccine doses donated', 'doses donated', 'donated doses', 'vaccines donated', 'us vaccine doses', 'american vaccine doses', 'vaccine doses from the us', 'vaccine doses from the united states', 'doses from the us', 'doses from the united states', 'vaccines from the us', 'vaccines from the united states', 'donated', 'vaccine doses', 'doses', 'vaccines'],
    ['dosis donadas', 'vacunas donadas', 'dosis de vacunas de estados unidos', 'vacunas de estados unidos', 'dosis de estados unidos', 'vacunas estadounidenses', 'dosis estadounidenses', 'dono', 'donaron', 'dosis de vacunas', 'dosis', 'vacunas'],
  ),
  measure('vaccine-doses-contracted', ['doses contracted', 'contracted doses', 'doses purchased', 'doses agreed'], ['dosis contratadas', 'vacunas contratadas', 'dosis compradas', 'dosis acordadas']),
  measure('asylum-applications', ['asylum applications', 'applications for asylum', 'asylum claims', 'asylum requests', 'applied for asylum', 'sought asylum'], ['solicitudes de asilo', 'peticiones de asilo', 'solicitudes de refugio', 'solicitaron asilo', 'pidieron asilo', 'pidieron refugio']),
  measure('unhcr-new-asylum-applications', ['new asylum applications'], ['nuevas solicitudes de asilo']),
  measure('unhcr-refugees', ['refugees'], ['refugiados', 'personas refugiadas']),
  measure('unhcr-asylum-seekers', ['asylum seekers', 'asylum-seekers'], ['solicitantes de asilo']),
  measure('removals', ['removals', 'deportations', 'deported', 'removed', 'deports'], ['deportaciones', 'deportados', 'deportadas', 'deporto', 'deportaron']),
  // Releases from CBP custody are book-outs (OHSS): "Border Patrol released 100,000 migrants in 2022" was read as encounters.
  measure('bookouts', ['book outs', 'bookouts', 'released', 'releases', 'released into the us', 'released into the united states'], ['salidas de custodia', 'liberados', 'liberadas', 'liberaciones', 'puestos en libertad', 'libero', 'liberaron', 'liberados en estados unidos']),
  measure('repatriations', ['dhs repatriations', 'repatriations'], ['repatriaciones del dhs', 'repatriaciones']),
  measure('ice-arrests', ['ice arrests', 'arrests by ice', 'administrative arrests', 'ice arrested', 'arrested by ice'], ['arrestos de ice', 'arrestos administrativos', 'ice arresto', 'arrestados por ice', 'detenidos por ice']),
  measure('gn-deployed', ['national guard', 'guard troops', 'guardsmen', 'guard members'], ['guardia nacional', 'elementos de la guardia nacional', 'efectivos']),
  measure('cbp-one-appointments', ['cbp one appointments', 'cbp one'], ['citas de cbp one', 'citas']),
  measure('usbp-deaths', ['migrant deaths', 'deaths', 'died'], ['muertes de migrantes', 'muertes', 'migrantes muertos', 'fallecimientos']),
  measure('usbp-agents', ['border patrol agents', 'agents'], ['agentes de la patrulla fronteriza', 'agentes']),
  // Counts that had only their labels as words: "Mexico rejected 20,000 foreigners at its airports in 2019" named nothing the store counts.
  measure(
    'mx-airport-rejections',
    ['rejected at airports', 'rejected at mexican airports', 'rejected at its airports', 'airport rejections', 'rejections at airports', 'turned away at airports', 'turned away at mexican airports', 'at its airports', 'at mexican airports', 'at mexico s airports'],
    ['rechazados en aeropuertos', 'rechazadas en aeropuertos', 'rechazos en aeropuertos', 'rechazados en los aeropuertos', 'en sus aeropuertos', 'en aeropuertos mexicanos', 'en los aeropuertos de mexico', 'en aeropuertos de mexico'],
  ),
  measure('inm-caravans', ['migrant caravans', 'caravans'], ['caravanas migrantes', 'caravanas']),
  measure('inm-caravan-size', ['people in caravans', 'people in the caravans', 'caravan members', 'joined caravans', 'joined the caravans'], ['personas en caravanas', 'personas en las caravanas', 'integrantes de caravanas', 'integrantes de las caravanas']),
  measure('mx-regular-entries', ['regular entries', 'entered mexico regularly', 'legal entries into mexico', 'entries into mexico'], ['entradas regulares', 'ingresos regulares', 'entradas a mexico', 'ingresos a mexico']),
  measure('ice-detention-adp', ['ice detention', 'in ice detention', 'held in ice detention', 'ice detainees', 'detained by ice', 'in immigration detention'], ['detencion de ice', 'en detencion de ice', 'en centros de detencion de ice', 'bajo custodia de ice']),
  measure('ice-encounters', ['ice encounters', 'encountered by ice'], ['encuentros de ice']),
  measure('inm-canalizados', ['referred to dif', 'referred to the dif', 'sent to dif', 'to the dif', 'to dif', 'referred to child welfare'], ['canalizados al dif', 'canalizadas al dif', 'canalizados', 'canalizadas', 'canalizaciones', 'canalizo', 'canalizaron', 'al dif']),
  measure('inm-transfers', ['inm transfers', 'transferred by inm', 'transferred out of the northern border', 'transfers out of the northern border', 'moved south by inm'], ['traslados del inm', 'trasladados por el inm', 'traslados', 'trasladados', 'trasladadas']),
  // "Tijuana's shelters have 3,000 beds", "los albergues de Tijuana tienen 3 mil camas": a place stands between the words, so the
  // shelters alone name their capacity (the store counts shelters only by their beds; "camas disponibles" is longer and wins).
  measure('shelter-capacity', ['shelter beds', 'shelter capacity', 'beds in shelters', 'shelter places', 'capacity of shelters', 'shelters', 'shelter'], ['camas en albergues', 'capacidad de albergues', 'capacidad de los albergues', 'lugares en albergues', 'plazas en albergues', 'camas de albergue', 'albergues', 'albergue']),
  measure('shelter-available', ['available beds', 'beds available', 'free beds', 'available shelter beds'], ['camas disponibles', 'lugares disponibles', 'plazas disponibles']),
];

export const MEMBER_TERMS: Term[] = [
  member('component', 'USBP', ['border patrol', 'usbp', 'between ports of entry', 'between ports'], ['patrulla fronteriza', 'entre puertos de entrada']),
  member('component', 'OFO', ['ports of entry', 'office of field operations', 'field operations', 'ofo'], ['puertos de entrada', 'oficina de operaciones de campo']),
  // ICE: a component of removals and arrests. Without it "ICE removed 59,011 people in FY2021" dropped "ICE" and was judged
  // False against all 85,130 DHS removals, where ICE's own count is 59,011.
  member('component', 'ICE', ['ice', 'immigration and customs enforcement', 'enforcement and removal operations'], ['ice', 'servicio de inmigracion y control de aduanas', 'inmigracion y control de aduanas']),
  member('authority', 'T42', ['title 42', 'expulsions', 'expulsion', 'expelled', 'expels'], ['titulo 42', 'expulsiones', 'expulsion', 'expulsados', 'expulsadas', 'expulsaron', 'expulso']),
  member('authority', 'T8', ['title 8'], ['titulo 8']),
  member('demographic', 'UC', ['unaccompanied children', 'unaccompanied minors', 'unaccompanied kids', 'unaccompanied alien children', 'children travelling alone', 'children traveling alone'], ['ninos no acompanados', 'ninas y ninos no acompanados', 'menores no acompanados', 'ninas, ninos y adolescentes no acompanados', 'nna no acompanados']),
  member('demographic', 'FMUA', ['family units', 'family unit', 'families', 'people in families', 'family members'], ['familias', 'unidades familiares', 'personas en familia']),
  member('demographic', 'SA', ['single adults', 'single adult'], ['adultos solos', 'adultos sin compania']),
  // Children, women, men, adults: named in a claim they are a group of the people counted. Without these words they were dropped, and
  // "more than 50,000 children at the southwest border in June 2021" was checked (true) against every encounter. A measure without
  // the group says so. Bare "menores" is left out: it is also "lower" ("cifras menores que en 2020").
  member('demographic', 'MINORS', ['minors', 'children', 'kids', 'underage migrants'], ['menores de edad', 'menores', 'ninos', 'ninas', 'ninas y ninos', 'ninos y ninas', 'nna', 'infantes']),
  member('demographic', 'FEMALE', ['women', 'females'], ['mujeres']),
  member('demographic', 'MALE', ['men', 'males'], ['hombres', 'varones']),
  member('demographic', 'ADULTS', ['adults'], ['adultos', 'adultas', 'personas adultas']),
  // "southern border", "frontera sur" alone: the US one; for a measure counted only in Mexico, Mexico's (parse/subject.ts reads the words there).
  member('geography', 'US-SWB', ['southwest border', 'southwestern border', 'southwest land border', 'southern border', 'us-mexico border', 'u.s.-mexico border', 'us mexico border', 'mexican border', 'border with mexico'], ['frontera suroeste', 'frontera sur de estados unidos', 'frontera sur', 'frontera con mexico', 'frontera entre mexico y estados unidos', 'frontera mexico-estados unidos']),
  // "frontera norte" alone, as "northern border": the US one, and for a measure counted only in Mexico, Mexico's (parse/subject.ts);
  // without it "la Guardia Nacional desplegó 25 mil elementos en la frontera norte" was checked against all of Mexico (false).
  member('geography', 'US-NLB', ['northern border', 'canadian border', 'border with canada'], ['frontera norte de estados unidos', 'frontera con canada', 'frontera norte']),
  member('geography', 'US', ['nationwide', 'nationally', 'across the country', 'at all borders', 'in the united states', 'in the us'], ['a nivel nacional', 'en todo el pais', 'en todas las fronteras', 'en estados unidos']),
  member('geography', 'MX-SB', ["mexico's southern border", 'mexico s southern border', 'southern mexico', 'border with guatemala', 'southern states', 'southern border states', 'southern mexican states'], ['frontera sur de mexico', 'frontera con guatemala', 'sur de mexico', 'estados del sur', 'estados de la frontera sur']),
  // Mexico's refugee commission receives the asylum applications lodged in Mexico: naming it names the place.
  member('geography', 'MX', ['comar', 'mexican commission for refugee assistance', 'mexico s refugee commission', 'mexican refugee commission', 'mexican refugee agency'], ['comar', 'comision mexicana de ayuda a refugiados']),
  member('geography', 'MX-NB', ["mexico's northern border", 'mexico s northern border', 'northern mexico'], ['frontera norte de mexico', 'norte de mexico']),
  // Inside book-outs' own words, "released" is the release outcome (Border Patrol's: OFO's are paroles), not every book-out.
  member('category', 'bookout:usbp-release', ['released', 'releases', 'released into the us', 'released into the united states'], ['liberados', 'liberadas', 'liberaciones', 'puestos en libertad', 'libero', 'liberaron', 'liberados en estados unidos']),
  member('category', 'donor:USA', ['the us donated', 'us donated', 'united states donated', 'donated by the us', 'donated by the united states', 'us donations', 'american doses', 'us vaccine', 'us vaccines', 'american vaccine', 'american vaccines', 'doses from the us', 'doses from the united states', 'vaccines from the us', 'vaccines from the united states'], ['estados unidos dono', 'eeuu dono', 'ee uu dono', 'donadas por estados unidos', 'donacion de estados unidos', 'donaciones de estados unidos', 'vacunas de estados unidos', 'dosis de estados unidos', 'vacunas estadounidenses', 'dosis estadounidenses']),
  member('geography', 'USBP-RGV', ['rio grande valley'], ['valle del rio grande']),
];

/** Demonyms, English and Spanish (labels alone give only "Honduras"). */
export const DEMONYMS: Term[] = [
  ['HND', ['hondurans', 'honduran'], ['hondurenos', 'hondurenas', 'hondureno', 'hondurena']],
  ['GTM', ['guatemalans', 'guatemalan'], ['guatemaltecos', 'guatemaltecas', 'guatemalteco', 'guatemalteca']],
  ['SLV', ['salvadorans', 'salvadoreans', 'salvadoran'], ['salvadorenos', 'salvadorenas', 'salvadoreno', 'salvadorena']],
  ['MEX', ['mexicans', 'mexican nationals', 'mexican citizens', 'mexican migrants'], ['mexicanos', 'mexicanas', 'personas mexicanas']],
  ['VEN', ['venezuelans', 'venezuelan'], ['venezolanos', 'venezolanas', 'venezolano', 'venezolana']],
  ['CUB', ['cubans', 'cuban'], ['cubanos', 'cubanas', 'cubano', 'cubana']],
  ['HTI', ['haitians', 'haitian'], ['haitianos', 'haitianas', 'haitiano', 'haitiana']],
  ['NIC', ['nicaraguans', 'nicaraguan'], ['nicaraguenses', 'nicaraguense']],
  ['COL', ['colombians', 'colombian'], ['colombianos', 'colombianas', 'colombiano', 'colombiana']],
  ['ECU', ['ecuadorians', 'ecuadorans', 'ecuadorian'], ['ecuatorianos', 'ecuatorianas', 'ecuatoriano', 'ecuatoriana']],
  ['PER', ['peruvians', 'peruvian'], ['peruanos', 'peruanas']],
  ['BRA', ['brazilians', 'brazilian'], ['brasilenos', 'brasilenas']],
  ['CHN', ['chinese nationals', 'chinese citizens', 'chinese migrants'], ['chinos', 'chinas', 'ciudadanos chinos']],
  ['IND', ['indians', 'indian nationals'], ['indios', 'ciudadanos de la india']],
  ['RUS', ['russians', 'russian'], ['rusos', 'rusas']],
  ['SEN', ['senegalese'], ['senegaleses']],
  ['DOM', ['dominicans'], ['dominicanos', 'dominicanas']],
  ['CHL', ['chileans'], ['chilenos', 'chilenas']],
].map(([code, en, es]) => member('citizenship', code as string, en as string[], es as string[]));

export const TERMS: Term[] = [...MEASURE_TERMS, ...MEMBER_TERMS, ...DEMONYMS];
