/**
 * The command line's help in Spanish (`corridor --help --lang es`, `corridor query --lang es
 * --help`): every description of a command, argument and option, the placeholders of their
 * terms (<period> → <periodo>), and commander's own words (Usage:, Options:, "display help for
 * command", "(default: ...)"). The English help is the commands' own text, untouched; this
 * module is loaded only when the help is asked for in Spanish.
 *
 * The Spanish is keyed by the English it translates, so one text shared by several options
 * (--format's "table, csv or json") is written once. An English text with no Spanish here is
 * printed as it is, and test/cli/help-es.test.ts fails on it.
 */
import { Help, type Argument, type Command, type Option } from 'commander';

/** Each description of the CLI (main.ts and src/cli/commands/*), in Spanish. */
export const DESCRIPTIONS_ES: Record<string, string> = {
  // main.ts
  'Migration statistics of the Central America - Mexico - US corridor, reconciled in one store':
    'Estadísticas migratorias del corredor Centroamérica - México - EE. UU., conciliadas en un solo almacén',
  'the store (default: $CORRIDOR_DB or ./corridor.duckdb)': 'el almacén (por omisión: $CORRIDOR_DB o ./corridor.duckdb)',
  // shared by several commands
  'table, csv or json': 'table (tabla), csv o json',
  'en or es': 'en (inglés) o es (español)',
  'where downloaded files are kept': 'dónde se guardan los archivos descargados',
  'port to listen on': 'puerto en el que escucha',
  'only this source': 'solo esta fuente',
  'only this published table, SOURCE/TABLE (see "corridor sources")': 'solo esta tabla publicada, FUENTE/TABLA (vea "corridor sources")',
  // start
  'load what the store lacks, build the dashboard if needed, then serve the dashboard and the API on http://127.0.0.1:8080':
    'carga lo que le falta al almacén, compila el tablero si hace falta y sirve el tablero y la API en http://127.0.0.1:8080',
  'address to bind (0.0.0.0 exposes corridor to the network)': 'dirección en la que escucha (0.0.0.0 expone corridor a la red)',
  'serve web/dist as it is, even if it is older than its sources': 'sirve web/dist tal como está, aunque sea anterior a sus fuentes',
  'en or es: the language of what start prints': 'en o es: el idioma de lo que escribe start',
  // ingest
  'load every source into the store (from a local mirror, or downloaded from the publishers), then re-run the reconciliation checks':
    'carga cada fuente en el almacén (desde un espejo local de los datos o descargada de los editores) y vuelve a ejecutar las comprobaciones de conciliación',
  'read a local mirror laid out as the shared data folder (default: $CORRIDOR_MIRROR)':
    'lee un espejo local de los datos, organizado como la carpeta de datos compartida (por omisión: $CORRIDOR_MIRROR)',
  'load only these sources': 'carga solo estas fuentes',
  'download again even when a file is cached': 'descarga de nuevo aunque el archivo ya esté guardado',
  // sources, measures, dimensions
  'list each source: publisher, URL, licence, coverage, rows, vintages, when loaded':
    'lista cada fuente: editor, URL, licencia, cobertura, filas, versiones y cuándo se cargó',
  'show what the newest vintage of each source changed from the one before': 'muestra qué cambió la versión más reciente de cada fuente respecto de la anterior',
  'list the measures with their definitions (English and Spanish)': 'lista las medidas con sus definiciones (en inglés y en español)',
  'list the codes of a dimension (geography, citizenship, demographic, authority, component, category) with their labels':
    'lista los códigos de una dimensión (geography, citizenship, demographic, authority, component, category) con sus nombres',
  'en or es: the table shows the labels in this language (JSON keeps both)': 'en o es: la tabla muestra los nombres en este idioma (el JSON conserva ambos)',
  // query
  'a series of one measure, filtered and grouped, from the best source for each period':
    'una serie de una medida, filtrada y agrupada, de la mejor fuente para cada periodo',
  'measure id (see "corridor measures")': 'id de la medida (véase "corridor measures")',
  "a nationality's path along the corridor, stage by stage (with --citizenship)": 'el recorrido de una nacionalidad por el corredor, etapa por etapa (con --citizenship)',
  'with --corridor: the nationality, e.g. HND or Honduras': 'con --corridor: la nacionalidad, p. ej. HND u Honduras',
  'names beside codes (and, with --corridor, every label) in en or es': 'nombres junto a los códigos (y, con --corridor, todo texto) en en o es',
  'filter, e.g. citizenship=HND or geography=US-SWB (repeatable; commas for several values)':
    'filtro, p. ej. citizenship=HND o geography=US-SWB (repetible; comas para varios valores)',
  'break down by a dimension (repeatable)': 'desglosa por una dimensión (repetible)',
  'month, fy (US fiscal year) or cy (calendar year)': '"month" (mes), "fy" (año fiscal de EE. UU.) o "cy" (año calendario)',
  'first period: YYYY-MM, YYYY, FYYYYY or CYYYYY': 'primer periodo: AAAA-MM, AAAA, FYAAAA o CYAAAA',
  'last period: YYYY-MM, YYYY, FYYYYY or CYYYYY': 'último periodo: AAAA-MM, AAAA, FYAAAA o CYAAAA',
  'this vintage of --source instead of the latest': 'esta versión de --source en lugar de la más reciente',
  'also list the tables considered and why each could or could not answer': 'lista además las tablas consideradas y por qué cada una pudo o no responder',
  // check, serve
  'run the reconciliation checks (overlapping sources, breakdowns adding up) and print each with its figures':
    'ejecuta las comprobaciones de conciliación (fuentes que se solapan, desgloses que suman el total) y muestra cada una con sus cifras',
  'serve the read-only HTTP API over the store (docs at /api/docs); binds 127.0.0.1 unless --host says otherwise':
    'sirve la API HTTP de solo lectura sobre el almacén (documentación en /api/docs); escucha en 127.0.0.1 salvo que --host diga otra cosa',
  'address to bind (0.0.0.0 exposes the API to the network)': 'dirección en la que escucha (0.0.0.0 expone la API a la red)',
  // events
  'the timeline of policy events, each with its source': 'la cronología de medidas de política, cada una con su fuente',
  'US, MX, GT, HN, SV or bilateral (repeatable; commas for several)': 'US, MX, GT, HN, SV o bilateral (repetible; comas para varios)',
  'policy-start, policy-end, deployment, agreement, request, commitment, delivery or proposal (repeatable)':
    'policy-start (inicio), policy-end (fin), deployment (despliegue), agreement (acuerdo), request (solicitud), commitment (compromiso), delivery (entrega) o proposal (propuesta) (repetible)',
  'first month: YYYY-MM (or YYYY, YYYY-MM-DD); keeps policies still in force then':
    'primer mes: AAAA-MM (o AAAA, AAAA-MM-DD); conserva las medidas aún vigentes entonces',
  'last month: YYYY-MM (or YYYY, YYYY-MM-DD)': 'último mes: AAAA-MM (o AAAA, AAAA-MM-DD)',
  // claim
  'check a claim in plain words ("March 2021 had the most southwest border encounters in two decades"), or compute statements for a series':
    'verifica una afirmación en palabras ("marzo de 2021 tuvo la mayor cantidad de encuentros en la frontera suroeste en dos décadas") o calcula enunciados sobre una serie',
  'without a claim: the measure to compute statements for (e.g. encounters)': 'sin afirmación: la medida sobre la que se calculan los enunciados (p. ej. "encounters")',
  'without a claim: filters, as in "corridor query" (repeatable)': 'sin afirmación: filtros, como en "corridor query" (repetible)',
  'without a claim: the period the statements are about (YYYY-MM, YYYY or FYYYYY)': 'sin afirmación: el periodo del que tratan los enunciados (AAAA-MM, AAAA o FYAAAA)',
  "without a claim: month, fy or cy (default: the period's own: 2021-03 a month, 2021 a calendar year, FY2021 a fiscal year)":
    'sin afirmación: "month" (mes), "fy" (año fiscal) o "cy" (año calendario) (por omisión, el del periodo: 2021-03 un mes, 2021 un año calendario, FY2021 un año fiscal)',
  'en or es (default: the language of the claim)': 'en o es (por omisión: el idioma de la afirmación)',
  'table (text) or json': 'table (texto) o json',
  // forecast
  'forecast a monthly series with 80% and 95% intervals and its model card; --backtest: accuracy of every model':
    'pronostica una serie mensual con intervalos del 80 % y del 95 % y su ficha del modelo; --backtest: la precisión de cada modelo',
  'filter, e.g. geography=US-SWB or component=USBP (repeatable; commas for several series)':
    'filtro, p. ej. geography=US-SWB o component=USBP (repetible; comas para varias series)',
  'months ahead (1 to 24)': 'meses hacia adelante (de 1 a 24)',
  'forecast as if the data ended this month (YYYY-MM)': 'pronostica como si los datos terminaran en este mes (AAAA-MM)',
  "fill the months not yet published from INM's daily copy of CBP's encounters (southwest border and its Border Patrol sectors and OFO field offices, by component and citizenship) before forecasting, and say so even when nothing is filled (the default fills them where it can, without --as-of)":
    'completa los meses aún no publicados con la copia diaria del INM de los encuentros de la CBP (frontera suroeste y sus sectores de la Patrulla Fronteriza y oficinas de campo de la OFO, por componente y ciudadanía) antes de pronosticar, y lo dice aunque no se complete nada (por omisión se completan donde se puede, sin --as-of)',
  'forecast from the months published only': 'pronostica solo desde los meses publicados',
  'run the rolling-origin back-test (monthly origins, horizons 1-12): of the series named, or without --measure the standard back-test of the southwest border hierarchy':
    'ejecuta la prueba retrospectiva con origen móvil (orígenes mensuales, horizontes 1-12): de la serie indicada o, sin --measure, la prueba retrospectiva estándar de la jerarquía de la frontera suroeste',
  'forecast every series of the southwest border hierarchy, reconciled': 'pronostica cada serie de la jerarquía de la frontera suroeste, conciliadas',
  'with --hierarchy: reconciliation, one of base, bottom-up, ols, mint-shrink': 'con --hierarchy: la conciliación, una de base, bottom-up, ols, mint-shrink',
  'with --backtest: first origin (YYYY-MM)': 'con --backtest: primer origen (AAAA-MM)',
  // impact
  'the effect of a timeline event on a series: observed minus a counterfactual forecast from the months before it':
    'el efecto de una medida de la cronología sobre una serie: lo observado menos un pronóstico contrafactual hecho con los meses anteriores',
  'timeline event id (see "corridor events"), e.g. title42-end': 'id de la medida en la cronología (véase "corridor events"), p. ej. title42-end',
  'the measure, e.g. encounters': 'la medida, p. ej. "encounters"',
  'filters, as in "corridor query", one value each (repeatable)': 'filtros, como en "corridor query", un valor cada uno (repetible)',
  'a control series: the same filters with this one in place (e.g. citizenship=MEX)': 'una serie de control: los mismos filtros con este en su lugar (p. ej. citizenship=MEX)',
  "the control's own filters instead (repeatable)": 'en su lugar, los filtros propios de la serie de control (repetible)',
  'months before the event the model is fitted to': 'meses anteriores a la medida con los que se ajusta el modelo',
  'months after the event estimated': 'meses posteriores a la medida que se estiman',
  'interval level': 'nivel del intervalo',
  'snaive, ets, theta, arima (slow) or mstl': 'snaive, ets, theta, arima (lento) o mstl',
  'table (text), csv (the months) or json (everything)': 'table (texto), csv (los meses) o json (todo)',
  // record
  'the bilateral record: what the US and Mexico asked, committed and delivered, linked to the timeline':
    'el registro bilateral: lo que EE. UU. y México pidieron, comprometieron y cumplieron, vinculado a la cronología',
  'US, MX or bilateral (joint declarations are listed under US and MX too)': 'US, MX o bilateral (las declaraciones conjuntas figuran también en US y en MX)',
  'asked, committed or delivered': 'asked (pedido), committed (comprometido) o delivered (cumplido)',
  'first day or month: YYYY, YYYY-MM or YYYY-MM-DD': 'primer día o mes: AAAA, AAAA-MM o AAAA-MM-DD',
  'last day or month: YYYY, YYYY-MM or YYYY-MM-DD': 'último día o mes: AAAA, AAAA-MM o AAAA-MM-DD',
  'National Guard levels for Mexico and its border regions (regions) or for every state (states)':
    'efectivos de la Guardia Nacional de México y sus regiones fronterizas (regions) o de cada estado (states)',
  // scenario
  "what-if scenarios of the corridor: Mexico's enforcement, expelled families, re-attempts (docs/SCENARIOS.md)":
    'escenarios hipotéticos del corredor: control migratorio de México, familias expulsadas, reintentos (docs/SCENARIOS.md)',
  'run a scenario file (or a shipped scenario by name) against the store': 'ejecuta un archivo de escenario (o un escenario incluido, por su nombre) sobre el almacén',
  'bootstrap draws (20 to 2000; default 200)': 'réplicas bootstrap (de 20 a 2000; por omisión 200)',
  "levers replacing the scenario's, as /api/scenario takes them: id=value[:from[:to[:ramp]]],... (from: YYYY-MM; without it, the first simulated month) e.g. enforcementSouth=1.3, none for no lever, or a JSON object as in a scenario file":
    'palancas que reemplazan las del escenario, como las toma /api/scenario: id=valor[:desde[:hasta[:rampa]]],... (desde: AAAA-MM; sin él, el primer mes simulado), p. ej. enforcementSouth=1.3, none para ninguna palanca, o un objeto JSON como en un archivo de escenario',
  'back-cast past policy changes (National Guard 2019, Title 42 2020): scenario error against the no-change baseline':
    'retroproyecta cambios de política pasados (Guardia Nacional 2019, Título 42 2020): el error del escenario frente a la referencia sin cambios',
  'the shipped scenarios (scenarios/*.json)': 'los escenarios incluidos (scenarios/*.json)',
  // reception
  "reception planning for Mexico's northern border cities: arrivals, beds, shortfalls (HiGHS)":
    'planificación de la recepción en las ciudades de la frontera norte de México: llegadas, camas, déficits (HiGHS)',
  'a printable brief of a plan: a cover, then one page per city (PDF through Chromium, or HTML)':
    'un informe imprimible de un plan: una portada y una página por ciudad (PDF mediante Chromium, o HTML)',
  'shelter registry CSV (default: the demo registry, "México te abraza", UNVERIFIED)':
    'CSV del registro de albergues (por omisión: el registro de demostración, "México te abraza", SIN VERIFICAR)',
  'a shipped scenario ("corridor scenario list"): arrivals from the scenario engine; a path ending in .csv or .json is read as --scenario-file':
    'un escenario incluido ("corridor scenario list"): llegadas calculadas por el motor de escenarios; una ruta que termina en .csv o .json se lee como --scenario-file',
  "with --scenario NAME: levers replacing the scenario's, id=value[:from[:to[:ramp]]],... e.g. familyAcceptance=3, or none for no lever":
    'con --scenario NOMBRE: palancas que reemplazan las del escenario, id=valor[:desde[:hasta[:rampa]]],... p. ej. familyAcceptance=3, o none para ninguna palanca',
  "with --scenario NAME: plan for this quantile of the engine's draws, month by month (default 0.5, the median; 0.9 a bad case)":
    'con --scenario NOMBRE: planifica para este cuantil de las réplicas del motor, mes a mes (por omisión 0.5, la mediana; 0.9 un caso adverso)',
  'arrivals CSV or JSON: period, place, kind, people (default: INM arrivals with a forecast)':
    'CSV o JSON de llegadas: periodo, lugar, tipo, personas (por omisión: las llegadas del INM con un pronóstico)',
  'planning assumptions JSON (default: data/reception/assumptions.json)': 'JSON de supuestos de planificación (por omisión: data/reception/assumptions.json)',
  'weeks to plan, 1 to 26': 'semanas a planificar, de 1 a 26',
  "first week (YYYY-MM-DD; default: the week after the data, or the scenario's first week); a week INM recorded is replayed with its recorded arrivals; at most 26 weeks past the data":
    'primera semana (AAAA-MM-DD; por omisión: la semana siguiente a los datos, o la primera semana del escenario); una semana que el INM registró se reproduce con las llegadas registradas; como mucho 26 semanas después de los datos',
  "plan for the forecast's central level or its 80% upper bound: central or high": 'planifica para el nivel central del pronóstico o su límite superior del 80 %: central o high (alto)',
  'the PDF to write (default: reception-brief.pdf unless --html is given)': 'el PDF que se escribe (por omisión: reception-brief.pdf, salvo que se dé --html)',
  'also (or only) write the HTML; needs no browser': 'escribe también (o solo) el HTML; no necesita navegador',
  'en, es or both (both languages on the page)': 'en, es o both (ambos idiomas en la página)',
  'A4 or Letter': 'A4 o Letter (carta)',
  "assign the coming weeks' arrivals to sites: occupancy by site and week, unmet need, alerts, assumptions":
    'asigna las llegadas de las próximas semanas a los sitios: ocupación por sitio y semana, necesidad no cubierta, alertas, supuestos',
  'where and when beds run out, and how many are missing': 'dónde y cuándo se agotan las camas, y cuántas faltan',
  'the plan again with more beds, new sites or another scenario, and what changes': 'el plan de nuevo con más camas, sitios nuevos u otro escenario, y qué cambia',
  'beds added at a site (its id or name), e.g. --add-beds "campo-crea=300"': 'camas añadidas en un sitio (su id o nombre), p. ej. --add-beds "campo-crea=300"',
  'a registry CSV of sites to open': 'un CSV de registro con los sitios que se abren',
  'another arrivals file for the changed plan': 'otro archivo de llegadas para el plan modificado',
};

/** The placeholders in option and argument terms (<period>, [text]), in Spanish. */
export const PLACEHOLDERS_ES: Record<string, string> = {
  path: 'ruta', dir: 'carpeta', port: 'puerto', host: 'host', lang: 'idioma', 'source...': 'fuente...', format: 'formato',
  dimension: 'dimensión', id: 'id', code: 'código', 'dim=value': 'dim=valor', dim: 'dim', grain: 'periodicidad', period: 'periodo',
  n: 'n', actor: 'actor', kind: 'tipo', text: 'texto', months: 'meses', month: 'mes', method: 'método', percent: 'porcentaje',
  detail: 'detalle', fileOrName: 'archivoONombre', file: 'archivo', name: 'nombre', list: 'lista', q: 'q', day: 'día', level: 'nivel',
  'file.pdf': 'archivo.pdf', 'file.html': 'archivo.html', size: 'tamaño', 'site=n...': 'sitio=n...',
  // commander's own
  options: 'opciones', command: 'comando',
};

/** commander's headings, in Spanish. */
const HEADINGS_ES: Record<string, string> = {
  'Usage:': 'Uso:', 'Options:': 'Opciones:', 'Commands:': 'Comandos:', 'Arguments:': 'Argumentos:', 'Global Options:': 'Opciones globales:',
};

const HELP_ES = 'muestra la ayuda del comando';

const es = (text: string): string => DESCRIPTIONS_ES[text] ?? text;
/** <period> → <periodo>, [text] → [texto], in a term or a usage line. */
const placeholders = (term: string): string => term.replace(/([<[])([^>\]]+)([>\]])/g, (all, open, word, close) => (word in PLACEHOLDERS_ES ? `${open}${PLACEHOLDERS_ES[word]}${close}` : all));
const EXTRAS_ES: Record<string, string> = { default: 'por omisión', choices: 'valores', preset: 'valor implícito', env: 'variable de entorno' };
/**
 * An option's or argument's description as commander writes it, "<description> (default: x)",
 * with the description and commander's suffix in Spanish.
 */
function withExtras(described: string, description: string): string {
  const rest = described.startsWith(description) ? described.slice(description.length) : described;
  const suffix = rest.replace(/\b(default|choices|preset|env):/g, (_all, word: string) => `${EXTRAS_ES[word]}:`);
  return described.startsWith(description) ? `${es(description)}${suffix}` : suffix;
}

/** commander's help formatter, speaking Spanish. */
class SpanishHelp extends Help {
  override styleTitle(title: string): string {
    return super.styleTitle(HEADINGS_ES[title] ?? title);
  }
  override commandUsage(cmd: Command): string {
    return placeholders(super.commandUsage(cmd));
  }
  override subcommandTerm(cmd: Command): string {
    return placeholders(super.subcommandTerm(cmd));
  }
  override optionTerm(option: Option): string {
    return placeholders(super.optionTerm(option));
  }
  override argumentTerm(argument: Argument): string {
    return placeholders(super.argumentTerm(argument));
  }
  override commandDescription(cmd: Command): string {
    return es(super.commandDescription(cmd));
  }
  override subcommandDescription(cmd: Command): string {
    return es(super.subcommandDescription(cmd));
  }
  override optionDescription(option: Option): string {
    return withExtras(super.optionDescription(option), option.description ?? '');
  }
  override argumentDescription(argument: Argument): string {
    return withExtras(super.argumentDescription(argument), argument.description ?? '');
  }
}

/** Makes the help of `program` and of every command under it Spanish (after the commands are registered). */
export function spanishHelp(program: Command): void {
  const walk = (cmd: Command): void => {
    // configureHelp's settings are copied onto a new Help; createHelp is replaced so the Spanish class is used.
    cmd.createHelp = () => Object.assign(new SpanishHelp(), cmd.configureHelp());
    cmd.helpOption('-h, --help', HELP_ES);
    // The implicit "help [command]" of a command with subcommands (and no action of its own).
    if (cmd.commands.length && !(cmd as unknown as { _actionHandler?: unknown })._actionHandler) cmd.helpCommand('help [comando]', HELP_ES);
    cmd.commands.forEach(walk);
  };
  walk(program);
}
