/**
 * @module
 * The API's documentation in Spanish: each summary and description of the OpenAPI document
 * (routes, parameters, responses, and the fields of the schemas; written in English beside each
 * route's schema), keyed by the English it translates, so a text shared by several routes is
 * written once. `/api/docs?lang=es` and `/api/openapi.json?lang=es` use it (localise.ts);
 * test/api/docs.test.ts fails on an English text without its Spanish, a field's description
 * among them. Codes a client types are kept, in backquotes.
 */
export const DOCS_ES: Record<string, string> = {
  // the document
  'Read-only API over the corridor store: US and Mexican migration statistics, reconciled, with their provenance. Every response names the sources and vintages it came from (X-Corridor-Sources) and carries an ETag. Measures count events, not people, unless their definition says otherwise.':
    'API de solo lectura sobre el almacén de corridor: estadísticas migratorias de EE. UU. y de México, conciliadas, con su procedencia. Cada respuesta nombra las fuentes y versiones de las que viene (`X-Corridor-Sources`) y lleva una `ETag`. Las medidas cuentan eventos, no personas, salvo que su definición diga otra cosa.',
  // shared
  'invalid parameters, or a request the store cannot answer as asked': 'parámetros no válidos, o una solicitud que el almacén no puede responder tal como se formuló',
  'unknown measure, source, dimension or vintage': 'medida, fuente, dimensión o versión desconocida',
  'invalid parameters, or a plan the store cannot make as asked (with `facts` when its weeks are refused)':
    'parámetros no válidos, o un plan que el almacén no puede hacer tal como se pidió (con `facts` cuando se rechazan sus semanas)',
  'YYYY-MM, YYYY or FYYYYY': 'AAAA-MM, AAAA o FYAAAA',
  'language of labels and definitions': 'idioma de los nombres y las definiciones',
  'language of error messages (labels come in both languages)': 'idioma de los mensajes de error (los nombres vienen en los dos idiomas)',
  'weeks to plan, 1 to 26': 'semanas a planificar, de 1 a 26',
  'US, MX or bilateral (joint declarations are listed under US and MX too)': '`US`, `MX` o `bilateral` (las declaraciones conjuntas figuran también en `US` y en `MX`)',
  'National Guard levels for Mexico and its border regions (regions) or for every state (states)':
    'efectivos de la Guardia Nacional de México y sus regiones fronterizas (`regions`) o de cada estado (`states`)',
  'forecast as if the data ended this month (YYYY-MM)': 'pronostica como si los datos terminaran en este mes (AAAA-MM)',
  "auto (the default): fill the months the series has not published yet from INM's daily copy of CBP's encounters (southwest border and its Border Patrol sectors and OFO field offices, by component and citizenship) where it has them, and forecast from there; never with `as-of`; the card's `nowcast` says what was filled, null when nothing was. true: the same, and the card's `nowcast` also says why nothing was filled; not with `as-of`. false: from the published months only.":
    '`auto` (por omisión): completa los meses que la serie aún no publica con la copia diaria del INM de los encuentros de la CBP (frontera suroeste y sus sectores de la Patrulla Fronteriza y oficinas de campo de la OFO, por componente y nacionalidad) donde la hay, y pronostica desde ahí; nunca con `as-of`; `nowcast` en la ficha dice qué se completó, null si nada. `true`: lo mismo, y `nowcast` en la ficha dice también por qué no se completó nada; no va con `as-of`. `false`: solo desde los meses publicados.',
  // /api/series
  'A series of one measure from the best source for each period': 'Una serie de una medida, de la mejor fuente para cada periodo',
  'Filters (codes or labels in English or Spanish), breakdowns and a grain; each row names its source, table and vintage. Where several sources publish a period, the documented precedence decides. `provenance` lists the sources, vintages and file sha256s used.':
    'Filtros (códigos o nombres en inglés o en español), desgloses y una periodicidad; cada fila nombra su fuente, su tabla y su versión. Cuando varias fuentes publican un periodo, decide la precedencia documentada. `provenance` lista las fuentes, las versiones y los sha256 de los archivos usados.',
  'measure id, see /api/measures': 'id de la medida, véase /api/measures',
  'filter DIMENSION=VALUE[,VALUE...] (repeatable): codes or labels in English or Spanish': 'filtro DIMENSIÓN=VALOR[,VALOR...] (repetible): códigos o nombres en inglés o en español',
  'break down by these dimensions (repeatable, or comma-separated)': 'desglosa por estas dimensiones (repetible, o separadas por comas)',
  'month, fy (US fiscal year, from 1 October) or cy (calendar year)': '`month` (mes), `fy` (año fiscal de EE. UU., desde el 1 de octubre) o `cy` (año calendario)',
  'only this source (see /api/sources)': 'solo esta fuente (véase /api/sources)',
  'only this table of its source, SOURCE/TABLE (see /api/coverage): a published table as it is': 'solo esta tabla de su fuente, FUENTE/TABLA (véase /api/coverage): una tabla publicada tal como es',
  'this vintage of `source` instead of its latest': 'esta versión de `source` en lugar de la más reciente',
  'the series': 'la serie',
  // /api/export
  'A series as a file to download: CSV, JSON or Parquet': 'Una serie como archivo para descargar: CSV, JSON o Parquet',
  'Takes the parameters of /api/series plus `format`. The CSV and Parquet files have one column per field (the same names in every language), a code and a label column per dimension, the `as_of` of a stock, and the source, table, vintage and rounding of each row; a suppressed or blank figure is empty (NULL in Parquet), never 0. The file is named after the question (`corridor-encounters-US-SWB-by-citizenship-fy-FY2022_FY2025-es.csv`). `X-Corridor-Notices`, a JSON array, says how the range was read when that is more than was asked and, for a file without a row, why.':
    'Recibe los parámetros de /api/series más `format`. Los archivos CSV y Parquet tienen una columna por campo (con los mismos nombres en todos los idiomas), una columna de código y otra de nombre por dimensión, el `as_of` de un saldo (stock), y la fuente, la tabla, la versión y el redondeo de cada fila; una cifra suprimida o en blanco queda vacía (NULL en Parquet), nunca 0. El archivo lleva el nombre de la pregunta (`corridor-encounters-US-SWB-by-citizenship-fy-FY2022_FY2025-es.csv`). `X-Corridor-Notices`, un arreglo JSON, dice cómo se leyó el rango cuando es más de lo pedido y, en un archivo sin filas, por qué.',
  'csv, json or parquet': '`csv`, `json` o `parquet`',
  'the file (Content-Disposition: attachment)': 'el archivo (Content-Disposition: attachment)',
  // /api/measures, /api/dimensions, /api/sources, /api/checks
  'Measures, with definitions in English and Spanish': 'Las medidas, con sus definiciones en inglés y en español',
  'the measures': 'las medidas',
  'The dimensions every observation has': 'Las dimensiones que tiene cada observación',
  'dimension names': 'los nombres de las dimensiones',
  'Codes of a dimension with English and Spanish labels': 'Los códigos de una dimensión, con sus nombres en inglés y en español',
  'the codes': 'los códigos',
  'Sources with their files, vintages, licence and coverage': 'Las fuentes, con sus archivos, versiones, licencia y cobertura',
  'the sources': 'las fuentes',
  'What the newest vintage of a source changed from the one before': 'Qué cambió la versión más reciente de una fuente respecto de la anterior',
  'cells added, removed and revised per table, and the largest revisions; `diff` is null while the source has one vintage':
    'celdas añadidas, quitadas y revisadas por tabla, y las mayores revisiones; `diff` es null mientras la fuente tiene una sola versión',
  'The latest run of each reconciliation check': 'La última ejecución de cada comprobación de conciliación',
  'Empty until `corridor check` has recorded a run.': 'Vacía hasta que `corridor check` registra una ejecución.',
  'the checks': 'las comprobaciones',
  // /api/places, /api/shapes, /api/coverage
  'Places by level, parent or code, with labels and coordinates': 'Lugares por nivel, lugar superior o código, con sus nombres y coordenadas',
  'Filters combine (all must hold). An answer holds at most 5,000 places: narrow a larger question with level, parent or code.':
    'Los filtros se combinan (deben cumplirse todos). Una respuesta tiene como máximo 5,000 lugares: acote una pregunta mayor con `level`, `parent` o `code`.',
  'levels, separated by commas: world, country, region, sector, field-office, state, region-state, aor, mx-state, municipality, locality, shelter, border-city, airport':
    'niveles, separados por comas: `world`, `country`, `region`, `sector`, `field-office`, `state`, `region-state`, `aor`, `mx-state`, `municipality`, `locality`, `shelter`, `border-city`, `airport`',
  'parent places, separated by commas': 'lugares superiores, separados por comas',
  'place codes, separated by commas': 'códigos de lugar, separados por comas',
  'the places': 'los lugares',
  'Boundaries of places (the states of Mexico) as GeoJSON': 'Los límites de los lugares (los estados de México) en GeoJSON',
  'decimals kept in each coordinate (0 to 6)': 'decimales que se conservan en cada coordenada (de 0 a 6)',
  'a GeoJSON FeatureCollection': 'una FeatureCollection de GeoJSON',
  'What each published table holds: codes per dimension, periods, grain (paged by limit and offset)':
    'Lo que contiene cada tabla publicada: códigos por dimensión, periodos, periodicidad (paginado con `limit` y `offset`)',
  'tables per page (1-2000, default 500)': 'tablas por página (1-2000; por omisión 500)',
  'tables to skip, in id order: the next_offset of the previous page': 'tablas que se saltan, en orden de id: el `next_offset` de la página anterior',
  'the tables': 'las tablas',
  // /api/events
  'The policy timeline, in English and Spanish, each entry with its source': 'La cronología de medidas de política, en inglés y en español, cada entrada con su fuente',
  'A period filter keeps an entry whose span (date to end date) overlaps it.': 'Un filtro de periodo conserva las entradas cuyo lapso (de la fecha a la fecha de fin) se solapa con él.',
  'who acted, separated by commas: US, MX, GT, HN, SV, bilateral': 'quién actuó, separados por comas: `US`, `MX`, `GT`, `HN`, `SV`, `bilateral`',
  'kinds, separated by commas: policy-start, policy-end, deployment, agreement, request, commitment, delivery, proposal':
    'tipos, separados por comas: `policy-start`, `policy-end`, `deployment`, `agreement`, `request`, `commitment`, `delivery`, `proposal`',
  'entries in force on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)': 'entradas vigentes en este día o después (AAAA, AAAA-MM o AAAA-MM-DD)',
  'entries that started on or before this day': 'entradas que empezaron en este día o antes',
  "the reader's language: each source whose title is in another language says so (source.title_note); bilingual fields stay bilingual":
    'el idioma del lector: cada fuente cuyo título está en otro idioma lo indica (`source.title_note`); los campos bilingües siguen siendo bilingües',
  'the entries, by date': 'las entradas, por fecha',
  // /api/impact
  'The effect of a timeline event on a monthly series, against a counterfactual forecast': 'El efecto de una medida de la cronología sobre una serie mensual, frente a un pronóstico contrafactual',
  'Observed minus a counterfactual forecast from the months before the event, month by month and cumulatively, with intervals (the wider of the model’s own and one calibrated on back-tests); optionally against a control series (difference in differences on the log scale). Other events in the window are listed, never attributed. An estimate takes a second or two; answers are kept in memory until a source is loaded again.':
    'Lo observado menos un pronóstico contrafactual hecho con los meses anteriores a la medida, mes a mes y acumulado, con intervalos (el más ancho entre el del propio modelo y uno calibrado con pruebas retrospectivas); opcionalmente frente a una serie de control (diferencia en diferencias en escala logarítmica). Las demás medidas de la ventana se listan, nunca se les atribuye el efecto. Una estimación tarda uno o dos segundos; las respuestas se guardan en memoria hasta que se vuelve a cargar una fuente.',
  'timeline event id, see /api/events': 'id de la medida en la cronología, véase /api/events',
  'filter DIMENSION=VALUE of the treated series, one value each (repeatable): codes or labels in English or Spanish':
    'filtro DIMENSIÓN=VALOR de la serie tratada, un valor cada uno (repetible): códigos o nombres en inglés o en español',
  'a control series: the treated filters with this one in its place (difference in differences)': 'una serie de control: los filtros de la serie tratada con este en su lugar (diferencia en diferencias)',
  "the control's own filters instead of `control` (repeatable)": 'los filtros propios de la serie de control, en lugar de `control` (repetible)',
  'months before the event the model is fitted to, 12 to 120': 'meses anteriores a la medida con los que se ajusta el modelo, de 12 a 120',
  'months after the event estimated, 1 to 36': 'meses posteriores a la medida que se estiman, de 1 a 36',
  'interval level, percent (50 to 99)': 'nivel del intervalo, en porcentaje (de 50 a 99)',
  'the counterfactual model: ets (default), theta, snaive or mstl': 'el modelo contrafactual: `ets` (por omisión), `theta`, `snaive` o `mstl`',
  'the estimate': 'la estimación',
  // /api/record
  'The bilateral record: what the US and Mexico asked, committed and delivered': 'El registro bilateral: lo que EE. UU. y México pidieron, comprometieron y cumplieron',
  'A ledger of vaccine doses, people Mexico received from the US, National Guard deployments and the agreements and deliveries of the timeline, in date order; each line with its figure, source and the timeline entry it belongs to.':
    'Un libro de dosis de vacunas, personas que México recibió de EE. UU., despliegues de la Guardia Nacional y los acuerdos y entregas de la cronología, por fecha; cada línea con su cifra, su fuente y la entrada de la cronología a la que pertenece.',
  'asked, committed, delivered': '`asked` (pedido), `committed` (comprometido), `delivered` (cumplido)',
  'first day or month (YYYY, YYYY-MM or YYYY-MM-DD); a month line is kept if its month overlaps': 'primer día o mes (AAAA, AAAA-MM o AAAA-MM-DD); una línea mensual se conserva si su mes se solapa',
  'last day or month (YYYY, YYYY-MM or YYYY-MM-DD)': 'último día o mes (AAAA, AAAA-MM o AAAA-MM-DD)',
  'language of the lines and caveats': 'idioma de las líneas y las advertencias',
  'the ledger': 'el libro',
  // /api/reception
  "A reception plan for Mexico's northern border cities": 'Un plan de recepción para las ciudades de la frontera norte de México',
  "Arrivals (INM, weekly forecast) assigned to sites (demo registry, UNVERIFIED) by a mixed-integer programme (HiGHS): families never split, unaccompanied minors only at DIF sites, fewest people without a place first, then the shortest distances. Occupancy, unmet need, alerts, assumptions. With scenario=NAME (and levers, quantile) the arrivals are the scenario engine's people sent back into each border state, split to cities and kinds as stated in the assumptions.":
    'Llegadas (INM, pronóstico semanal) asignadas a sitios (registro de demostración, SIN VERIFICAR) por un programa entero mixto (HiGHS): las familias nunca se separan, los menores no acompañados solo van a sitios del DIF, primero el menor número de personas sin lugar y luego las distancias más cortas. Ocupación, necesidad no cubierta, alertas, supuestos. Con `scenario=NOMBRE` (y `levers`, `quantile`) las llegadas son las personas que el motor de escenarios calcula como devueltas a cada estado fronterizo, repartidas entre ciudades y tipos según los supuestos.',
  "plan for the forecast's central level or its 80% upper bound": 'planifica para el nivel central del pronóstico o su límite superior del 80 %',
  "first week (its Monday is used); default: the week after INM's data. A week INM recorded is replayed with its recorded arrivals (said in the assumptions); a start before the data, or weeks more than 26 weeks after it, get a 400":
    'primera semana (se usa su lunes); por omisión: la semana siguiente a los datos del INM. Una semana que el INM registró se reproduce con las llegadas registradas (lo dicen los supuestos); un inicio anterior a los datos, o semanas a más de 26 semanas de ellos, reciben un 400',
  'language of alerts, assumptions and kind labels': 'idioma de las alertas, los supuestos y los nombres de los tipos',
  "arrivals from the scenario engine's outlook for this shipped scenario (names: /api/scenarios) instead of INM's forecast":
    'llegadas según la proyección del motor de escenarios para este escenario incluido (nombres: /api/scenarios), en lugar del pronóstico del INM',
  "with scenario: levers replacing the scenario's: \"id=value[:from[:to[:rampMonths]]]\" joined by commas, each replacing that lever; none for no lever; or a JSON object as in a scenario file, replacing them all (as /api/scenario takes it)":
    'con `scenario`: palancas que reemplazan las del escenario: `id=valor[:desde[:hasta[:mesesDeRampa]]]` unidas por comas, cada una reemplaza esa palanca; none para ninguna palanca; o un objeto JSON como en un archivo de escenario, que las reemplaza todas (como lo toma /api/scenario)',
  "with scenario: plan for this quantile of the engine's draws, month by month (default 0.5, the median; 0.9 a bad case)":
    'con `scenario`: planifica para este cuantil de las réplicas del motor, mes a mes (por omisión 0.5, la mediana; 0.9 un caso adverso)',
  'the plan': 'el plan',
  'The printable brief of the reception plan, as HTML': 'El informe imprimible del plan de recepción, en HTML',
  'The same HTML `corridor reception brief` prints to PDF: a cover with the alerts, then one page per city (arrivals, beds, where people can go, the sources). Print it from the browser (A4). The parameters are those of /api/reception; lang is the language of the brief.':
    'El mismo HTML que `corridor reception brief` imprime en PDF: una portada con las alertas y luego una página por ciudad (llegadas, camas, adónde puede ir la gente, las fuentes). Imprímalo desde el navegador (A4). Los parámetros son los de /api/reception; `lang` es el idioma del informe.',
  'the brief, an HTML page (its stylesheet at /api/reception/brief.css)': 'el informe, una página HTML (su hoja de estilo en /api/reception/brief.css)',
  // /api/corridor
  "A nationality's path along the corridor, stage by stage": 'El recorrido de una nacionalidad por el corredor, etapa por etapa',
  'the nationality: a code or a name in English or Spanish': 'la nacionalidad: un código o un nombre en inglés o en español',
  'first period (YYYY-MM or YYYY)': 'primer periodo (AAAA-MM o AAAA)',
  'last period (YYYY-MM or YYYY)': 'último periodo (AAAA-MM o AAAA)',
  'every stage measure for the nationality': 'cada medida de etapa para la nacionalidad',
  // /api/headline, /api/claims
  'The latest complete figure of a series, in context': 'La última cifra completa de una serie, en contexto',
  'One series (one value per filter). The claim engine ranks its latest complete period among the others, says since when it is the highest or lowest, and compares it with the period and the year before; incomplete periods are never ranked.':
    'Una serie (un valor por filtro). El verificador de afirmaciones ordena su último periodo completo entre los demás, dice desde cuándo es el más alto o el más bajo y lo compara con el periodo y el año anteriores; los periodos incompletos nunca se ordenan.',
  'the headline': 'el titular',
  'Checks a claim typed in plain words': 'Verifica una afirmación escrita en palabras',
  'For each reading the words allow (all CBP encounters or Border Patrol; fiscal or calendar year), the figures, a verdict and its explanation, in English and Spanish.':
    'Para cada lectura que las palabras permiten (todos los encuentros de CBP o solo la Patrulla Fronteriza; año fiscal o calendario), las cifras, un veredicto y su explicación, en inglés y en español.',
  'the claim, in English or Spanish': 'la afirmación, en inglés o en español',
  'language of the answer (default: the language of the claim)': 'idioma de la respuesta (por omisión: el idioma de la afirmación)',
  'the verdict with the figures behind it': 'el veredicto con las cifras que lo sustentan',
  // /api/forecast
  'Forecast of a monthly series with 80% and 95% intervals and its model card': 'Pronóstico de una serie mensual con intervalos del 80 % y del 95 % y su ficha del modelo',
  "One forecast per series the filters name (several values separated by commas give several series). The model is chosen by a rule on a rolling-origin back-test (the combination of ETS and Theta, weighted by their back-test errors, unless the card says otherwise; `card.said.selection` states the rule); intervals are calibrated on back-test errors (conformal) and wider right after a break. `as-of` forecasts as if the data ended that month. The latest stored back-test of the series is used; without one, a back-test is run for the answer (seconds) and kept in memory, not stored. By default (`nowcast=auto`) the months the series has not published are first filled from INM's daily copy of CBP's encounters where it has them (`nowcast=false`: from the published months only); the back-test stays on the published months.":
    'Un pronóstico por cada serie que nombran los filtros (varios valores separados por comas dan varias series). El modelo se elige con una regla sobre una prueba retrospectiva con origen móvil (la combinación de ETS y Theta, ponderada por sus errores en esa prueba, salvo que la ficha diga otra cosa; `card.said.selection` enuncia la regla); los intervalos se calibran con los errores de esa prueba (conformes) y son más anchos justo después de una ruptura. `as-of` pronostica como si los datos terminaran ese mes. Se usa la última prueba retrospectiva guardada de la serie; si no la hay, se ejecuta una para la respuesta (segundos) y se guarda en memoria, no en el almacén. Por omisión (`nowcast=auto`) se completan antes los meses que la serie aún no publica con la copia diaria del INM de los encuentros de la CBP donde la hay (`nowcast=false`: solo desde los meses publicados); la prueba retrospectiva se queda en los meses publicados.',
  'months ahead, 1 to 24': 'meses hacia adelante, de 1 a 24',
  'the forecasts': 'los pronósticos',
  // /api/scenarios, /api/scenario, /api/scenario/backcast
  'The shipped scenarios, the levers and the assumptions': 'Los escenarios incluidos, las palancas y los supuestos',
  'language of labels and notes': 'idioma de los nombres y las notas',
  'scenarios and levers': 'escenarios y palancas',
  'Run a what-if scenario of the corridor (read-only)': 'Ejecuta un escenario hipotético del corredor (solo lectura)',
  'Calibrates the corridor flow model on the store, then simulates the scenario and the no-change baseline with the same bootstrap draws: monthly paths with 80% and 95% bands beside the actuals, people sent back into each Mexican border state and waiting there, a difference table and the model card. docs/SCENARIOS.md explains the model.':
    'Calibra el modelo de flujos del corredor con el almacén y luego simula el escenario y la referencia sin cambios con las mismas réplicas bootstrap: trayectorias mensuales con bandas del 80 % y del 95 % junto a los datos observados, personas devueltas a cada estado fronterizo mexicano y en espera allí, una tabla de diferencias y la ficha del modelo. docs/SCENARIOS.md explica el modelo.',
  'a shipped scenario (see /api/scenarios)': 'un escenario incluido (véase /api/scenarios)',
  'a whole scenario (the format of scenarios/*.json), as JSON (URL-encoded)': 'un escenario completo (el formato de scenarios/*.json), en JSON (codificado para URL)',
  'levers for the scenario: as JSON, replacing its own, e.g. {"enforcementSouth":{"value":1.5,"from":"2021-04"}}; or "id=value[:from[:to[:rampMonths]]]" joined by commas, each replacing that lever, e.g. enforcementSouth=2,familyAcceptance=1.5:2021-06; none for no lever (as /api/reception and the CLI take them)':
    'palancas del escenario: en JSON, que reemplazan las suyas, p. ej. `{"enforcementSouth":{"value":1.5,"from":"2021-04"}}`; o "id=valor[:desde[:hasta[:rampMonths]]]" separados por comas, cada uno en lugar de esa palanca, p. ej. `enforcementSouth=2,familyAcceptance=1.5:2021-06`; none para ninguna palanca (como los toman /api/reception y la CLI)',
  'the scenario run': 'la ejecución del escenario',
  "The scenario model's back-casts of past policy changes, against the no-change baseline": 'Las retroproyecciones del modelo de escenarios sobre cambios de política pasados, frente a la referencia sin cambios',
  'one back-cast a policy change': 'una retroproyección por cambio de política',
  // The fields of the responses (components.schemas, and a response's own schema): each described field in Spanish.
  // /api/series, /api/export
  'CSV, UTF-8, header row': 'CSV, UTF-8, con fila de encabezados',
  'the /api/series answer': 'la respuesta de /api/series',
  Parquet: 'Parquet',
  'the request as the store read it: codes resolved, periods normalised': 'la solicitud tal como la leyó el almacén: códigos resueltos, periodos normalizados',
  'the tables that could answer, and why the others could not': 'las tablas que podían responder, y por qué las demás no',
  'how the request was read, in lang, when that is more than was asked: a range starting or ending inside a period of the grain shows that whole period (FY2023 at grain cy is calendar 2022 and 2023), a bare year at grain fy is the fiscal year; empty when the periods are those asked':
    'cómo se leyó la petición, en lang, cuando es más de lo pedido: un rango que empieza o termina dentro de un periodo del grano muestra ese periodo entero (FY2023 con grano cy son los años calendario 2022 y 2023), un año sin más con grano fy es el año fiscal; vacío cuando los periodos son los pedidos',
  'first day of the period': 'primer día del periodo',
  'code and label (in `lang`) of each filtered or broken-down dimension': 'código y nombre (en `lang`) de cada dimensión filtrada o desglosada',
  'null when the publisher suppressed or left blank a cell it sums': 'null cuando el publicador suprimió o dejó en blanco una celda que suma',
  'false when a rolled-up period lacks months, or is a published year to date': 'false cuando a un periodo agregado le faltan meses, o es un acumulado del año publicado',
  "the publisher's rounding of each summed cell": 'el redondeo del publicador en cada celda sumada',
  'a stock (a level, never summed over time) only: the first day of the sub-period its level is taken from, the last one the table reports in the period':
    'solo para un saldo (un nivel, que nunca se suma en el tiempo): el primer día del subperiodo del que se toma su nivel, el último que la tabla informa en el periodo',
  // provenance, /api/sources
  'the file at url': 'el archivo en `url`',
  'sha256 of the file at url; null when not known (the mirror holds only its conversion)': 'sha256 del archivo en `url`; null cuando no se conoce (el espejo solo guarda su conversión)',
  'size of the file at url, when known': 'tamaño del archivo en `url`, cuando se conoce',
  "sha256 of corridor's code that read this vintage's files (the source's reader); null when not recorded (loaded by an older corridor)":
    'sha256 del código de corridor que leyó los archivos de esta versión (el lector de la fuente); null cuando no se registró (cargada por un corridor anterior)',
  "the vintage whose very files this vintage read again because corridor's reader of the source changed (a re-read, not a new edition of the files); null for a load of the publisher's files":
    'la versión cuyos mismos archivos esta versión volvió a leer porque cambió el lector de la fuente en corridor (una relectura, no una nueva edición de los archivos); null para una carga de los archivos del editor',
  "what corridor read instead of the file at url: the data mirror's conversion of it (same rows and values), with its own sha256":
    'lo que corridor leyó en lugar del archivo en `url`: su conversión en el espejo de datos (las mismas filas y valores), con su propio sha256',
  // /api/measures, /api/dimensions
  '"events" unless the publisher says the measure counts people (or beds, doses...)': '`events` (eventos), salvo que el publicador diga que la medida cuenta personas (o camas, dosis...)',
  'geography: country, region, state, sector...': 'geografía: país, región, estado, sector...',
  'geography: the main parent place': 'geografía: el lugar superior principal',
  'citizenship: a group (OTHER, UNKNOWN...) rather than a country': 'nacionalidad: un grupo (`OTHER`, `UNKNOWN`...) y no un país',
  'who publishes the figures (and who compiled or copied them)': 'quién publica las cifras (y quién las compiló o copió)',
  'terms of use and whom to cite': 'condiciones de uso y a quién citar',
  'places, periods and breakdowns the files cover': 'lugares, periodos y desgloses que cubren los archivos',
  'in the latest vintage': 'en la versión más reciente',
  // /api/checks
  'pass, differs (reported, not hidden), fail or skipped': '`pass` (pasa), `differs` (difiere: se informa, no se oculta), `fail` (falla) o `skipped` (omitida)',
  'the figures behind the status, in English and Spanish': 'las cifras que sustentan el estado, en inglés y en español',
  'the figures the summary says, as fields: periods compared, how many beyond rounding, the largest difference with its period and both numbers; null for a skipped check or a run recorded without them':
    'las cifras que dice el resumen, como campos: periodos comparados, cuántos más allá del redondeo, la mayor diferencia con su periodo y las dos cifras; null para una comprobación omitida o una ejecución registrada sin ellas',
  'the periods compared: month, fy (US fiscal year) or cy (calendar year)': 'los periodos comparados: `month` (mes), `fy` (año fiscal de EE. UU.) o `cy` (año calendario)',
  "a period's first day (YYYY-MM-DD), at the check's grain": 'el primer día de un periodo (AAAA-MM-DD), en la periodicidad de la comprobación',
  'overlap: sources publishing the same series compared period by period': '`overlap`: fuentes que publican la misma serie, comparadas periodo a periodo',
  'one comparison per source that overlaps the source a default query chooses': 'una comparación por cada fuente que se solapa con la fuente que elige una consulta por omisión',
  'the source compared (a source id, see /api/sources)': 'la fuente comparada (un id de fuente, véase /api/sources)',
  'the source a default query chose, that this one is compared with (at the largest difference)': 'la fuente que eligió una consulta por omisión, con la que se compara esta (en la mayor diferencia)',
  'periods both sources publish, compared': 'periodos que publican las dos fuentes, comparados',
  "periods whose difference is more than the sources' rounding explains": 'periodos cuya diferencia es mayor de lo que explica el redondeo de las fuentes',
  'the period where the two sources differ most; null when none was compared': 'el periodo en que las dos fuentes más difieren; null cuando no se comparó ninguno',
  "this source's figure in that period": 'la cifra de esta fuente en ese periodo',
  'the figure of the source it is compared with (`against`) in that period': 'la cifra de la fuente con la que se compara (`against`) en ese periodo',
  'value minus against_value': '`value` menos `against_value`',
  'diff as a percentage of against_value (0.22 is 0.22%)': '`diff` como porcentaje de `against_value` (0.22 es 0.22 %)',
  'adds-up: the parts of a breakdown summed against their published total': '`adds-up`: las partes de un desglose, sumadas, frente a su total publicado',
  'periods with both the parts and the total, compared': 'periodos con las partes y el total, comparados',
  'periods whose parts miss their total by more than rounding explains': 'periodos cuyas partes se apartan de su total más de lo que explica el redondeo',
  'the largest difference, parts minus total (0 when every period adds up)': 'la mayor diferencia, partes menos total (0 cuando todos los periodos cuadran)',
  'the period whose parts miss their total by most; null when none does': 'el periodo cuyas partes más se apartan de su total; null cuando ninguno se aparta',
  'the sum of the parts in that period': 'la suma de las partes en ese periodo',
  'the published total in that period': 'el total publicado en ese periodo',
  'cross: a series against a reference series from another source, within a tolerance': '`cross`: una serie frente a una serie de referencia de otra fuente, dentro de una tolerancia',
  'complete periods both series have, compared': 'periodos completos que tienen las dos series, comparados',
  'periods more than tolerance_pct apart': 'periodos separados más de `tolerance_pct`',
  'the difference allowed, in per cent of the reference': 'la diferencia admitida, en porcentaje de la referencia',
  'the period where the two series differ most; null when none was compared': 'el periodo en que las dos series más difieren; null cuando no se comparó ninguno',
  "the checked series' figure in that period": 'la cifra de la serie comprobada en ese periodo',
  "the reference series' figure in that period": 'la cifra de la serie de referencia en ese periodo',
  'other minus reference, as a percentage of reference': '`other` menos `reference`, como porcentaje de `reference`',
  // /api/shapes, /api/coverage
  'GeoJSON geometry (Polygon or MultiPolygon), longitude then latitude': 'geometría GeoJSON (`Polygon` o `MultiPolygon`), longitud y luego latitud',
  'tables the filter selects, over all pages': 'tablas que selecciona el filtro, en todas las páginas',
  'the offset of the next page; null on the last page': 'el `offset` de la página siguiente; null en la última página',
  // /api/events
  "the document's own title, as published (not translated)": 'el título propio del documento, tal como se publicó (sin traducir)',
  'the language the title is written in': 'el idioma en que está escrito el título',
  'with `lang` other than title_lang: says the title is quoted in its original language': 'con un `lang` distinto de `title_lang`: dice que el título se cita en su idioma original',
  "the page's own words, as published": 'las palabras propias de la página, tal como se publicaron',
  'how the date was checked, in English and Spanish': 'cómo se verificó la fecha, en inglés y en español',
  'the unit, in English (a key)': 'la unidad, en inglés (una clave)',
  'with `lang`: the unit in that language': 'con `lang`: la unidad en ese idioma',
  'the unit in `lang`': 'la unidad en el idioma de `lang`',
  // /api/impact
  'the model was fitted to log values': 'el modelo se ajustó a valores logarítmicos',
  'the months the model was fitted to': 'los meses con los que se ajustó el modelo',
  'the months estimated, from the event month': 'los meses estimados, desde el mes de la medida',
  'the interval excludes zero': 'el intervalo excluye el cero',
  'the cumulative effect over all the months estimated (the last month’s cumulative)': 'el efecto acumulado en todos los meses estimados (el acumulado del último mes)',
  'other timeline events whose span touches the window: listed, never subtracted': 'otras medidas de la cronología cuyo lapso toca la ventana: se listan, nunca se restan',
  'first day of the month': 'primer día del mes',
  'what the model expected without the event': 'lo que el modelo esperaba sin la medida',
  'the interval used for the effect: the wider of the model’s own and the calibrated one': 'el intervalo usado para el efecto: el más ancho entre el del propio modelo y el calibrado',
  "the model's own prediction interval": 'el intervalo de predicción del propio modelo',
  'observed − counterfactual': 'observado − contrafactual',
  'effect / counterfactual; null when undefined': 'efecto / contrafactual; null cuando no está definido',
  // /api/record
  'what the record does not hold': 'lo que el registro no contiene',
  "'YYYY-MM-DD' (a day) or 'YYYY-MM' (a month)": '`AAAA-MM-DD` (un día) o `AAAA-MM` (un mes)',
  'day: on that day; as-of: a running total to that day; month: over (or, for a level, in) that month':
    '`day`: en ese día; `as-of`: un total acumulado hasta ese día; `month`: a lo largo de ese mes (o, para un nivel, en ese mes)',
  'the other party, a place code (MX, GTM, US, CAN...)': 'la otra parte, un código de lugar (`MX`, `GTM`, `US`, `CAN`...)',
  'false when the month lacks days in its source: the figure is then a lower bound': 'false cuando a su fuente le faltan días del mes: la cifra es entonces una cota inferior',
  'the store source of a figure from the store': 'la fuente del almacén de una cifra tomada del almacén',
  'the timeline entry (/api/events) the line belongs to': 'la entrada de la cronología (/api/events) a la que pertenece la línea',
  // /api/reception
  'Mondays of the planned weeks': 'los lunes de las semanas planificadas',
  'average beds in use each week': 'camas ocupadas en promedio cada semana',
  'proven lower bound on people without a place': 'cota inferior demostrada de las personas sin lugar',
  'proven lower bound on person-km among plans with no more people without a place': 'cota inferior demostrada de las personas-km entre los planes que no dejan más personas sin lugar',
  'variables of the LP relaxation solved (by person, all parts together)': 'variables de la relajación lineal (LP) resuelta (por persona, todas las partes juntas)',
  'rows of that LP relaxation': 'filas de esa relajación lineal',
  'whether the whole-unit MIP had to run for some part (the LP bound did not settle it)': 'si el MIP de unidades enteras tuvo que ejecutarse para alguna parte (la cota de la LP no lo resolvió)',
  "whole beds free each week by kind (shared beds left, and the kind's cap left where the registry caps it)":
    'camas enteras libres cada semana por tipo (las camas compartidas que quedan, y lo que queda del tope del tipo donde el registro lo limita)',
  'sites within reach of each city, nearest first': 'sitios al alcance de cada ciudad, el más cercano primero',
  'arriving family units by week, city and size': 'unidades familiares que llegan por semana, ciudad y tamaño',
  'for a shelter coordinator: free beds by site, kind and week; sites within reach; family units by size':
    'para quien coordina un albergue: camas libres por sitio, tipo y semana; sitios al alcance; unidades familiares por tamaño',
  "the store's sources and vintages the plan read (INM's files, the registry, and with scenario the series the engine is calibrated on); the X-Corridor-Sources header names the same":
    'las fuentes y versiones del almacén que leyó el plan (los archivos del INM, el registro y, con `scenario`, las series con las que se calibra el motor); la cabecera `X-Corridor-Sources` nombra las mismas',
  "/api/reception's 400 `facts` when its planned weeks are refused (a start before INM's data, or weeks past what its forecast covers): the facts `detail` is worded from, without its command-line hints, for a client to word itself":
    'los `facts` del 400 de /api/reception cuando se rechazan sus semanas planificadas (un inicio anterior a los datos del INM, o semanas más allá de lo que cubre su pronóstico): los hechos con los que se redacta `detail`, sin sus indicaciones para la línea de comandos, para que un cliente los redacte a su manera',
  "before-data: the start is before INM's first complete week; past-outlook: the planned weeks go past the last week the forecast covers":
    '`before-data`: el inicio es anterior a la primera semana completa del INM; `past-outlook`: las semanas planificadas pasan de la última semana que cubre el pronóstico',
  'the start as asked (any day; the first planned Monday when none was given)': 'el inicio tal como se pidió (cualquier día; el primer lunes planificado si no se dio ninguno)',
  "the Monday of the first planned week (the start's week)": 'el lunes de la primera semana planificada (la semana del inicio)',
  'the Monday of the last planned week': 'el lunes de la última semana planificada',
  'how many weeks were asked for': 'cuántas semanas se pidieron',
  "INM's first day in the store": 'el primer día del INM en el almacén',
  "INM's last day in the store": 'el último día del INM en el almacén',
  "the Monday of INM's first complete week: the earliest start": 'el lunes de la primera semana completa del INM: el inicio más temprano',
  "the Monday of INM's last complete week: the last week a plan replays": 'el lunes de la última semana completa del INM: la última semana que un plan reproduce',
  'the Monday of the week after the data: the default start, the first forecast week': 'el lunes de la semana siguiente a los datos: el inicio por omisión, la primera semana pronosticada',
  'the Monday of the last week the forecast covers': 'el lunes de la última semana que cubre el pronóstico',
  'the latest start (a Monday) whose `weeks` weeks the forecast covers': 'el inicio más tardío (un lunes) cuyas `weeks` semanas cubre el pronóstico',
  "weeks the forecast's level is the mean of": 'semanas de las que el nivel del pronóstico es el promedio',
  'weeks after the data the forecast is held for': 'semanas después de los datos durante las que se mantiene el pronóstico',
  // /api/headline, /api/claims
  'why there are no figures, when there are none': 'por qué no hay cifras, cuando no las hay',
  'a newer period the sources do not cover in full yet': 'un periodo más reciente que las fuentes aún no cubren por completo',
  'value, rank, highest-since, lowest-since, most-in-years, change-previous, change-year, share':
    '`value`, `rank`, `highest-since`, `lowest-since`, `most-in-years`, `change-previous`, `change-year`, `share`',
  'the latest complete period': 'el último periodo completo',
  // /api/forecast
  'true when this month is a nowcast, not a published figure': 'true cuando este mes es una estimación inmediata (nowcast), no una cifra publicada',
  'the last month of the data the forecast starts from': 'el último mes de los datos desde los que parte el pronóstico',
  'model id: snaive, ets, theta, mstl, arima, combination': 'id del modelo: `snaive`, `ets`, `theta`, `mstl`, `arima`, `combination`',
  'back-test: chosen by the rule on the back-test (said.selection states it; not always the lowest MASE); fallback: too little history, default order':
    '`back-test`: elegido por la regla sobre la prueba retrospectiva (`said.selection` la enuncia; no siempre el menor MASE); `fallback`: historia demasiado corta, orden por omisión',
  'the break the training window starts at': 'la ruptura en la que empieza la ventana de entrenamiento',
  'months before a break rescaled to the level seen after it': 'meses anteriores a una ruptura reescalados al nivel observado después de ella',
  'incomplete or blank months at the end, left out of training': 'meses incompletos o en blanco al final, dejados fuera del entrenamiento',
  'set when the forecast is made right after a break: its intervals are wider': 'presente cuando el pronóstico se hace justo después de una ruptura: sus intervalos son más anchos',
  'the stored back-test run; null when it was run for this answer and not stored': 'la prueba retrospectiva guardada; null cuando se ejecutó para esta respuesta y no se guardó',
  'model id (a code, the same in every language)': 'id del modelo (un código, el mismo en todos los idiomas)',
  'the model named in `lang`, as `said` names it (Spanish: combinación, predeterminado, ingenuo estacional (snaive); ets, theta, arima, mstl as they are)':
    'el modelo nombrado en `lang`, como lo nombra `said` (en español: combinación, predeterminado, ingenuo estacional (snaive); ets, theta, arima, mstl tal cual)',
  "every model's MASE in the back-test": 'el MASE de cada modelo en la prueba retrospectiva',
  "the seasonal naive forecast's MASE in the same back-test, beside the chosen model's (`said.benchmark` in words), and whether on the same origins; null for the seasonal naive itself or without its score":
    'el MASE del pronóstico ingenuo estacional en la misma prueba retrospectiva, junto al del modelo elegido (`said.benchmark` en palabras), y si es sobre los mismos orígenes; null para el propio ingenuo estacional o sin su puntuación',
  'rolling-origin back-test of this series (monthly origins from October 2015, horizons 1-12); null with too little history':
    'prueba retrospectiva con origen móvil de esta serie (orígenes mensuales desde octubre de 2015, horizontes de 1 a 12); null con historia demasiado corta',
  'upper bounds of the bands are kept below this: 3 times the highest month known (null for a series with no month above 0)':
    'los límites superiores de las bandas se mantienen por debajo de esto: 3 veces el mes más alto conocido (null para una serie sin ningún mes por encima de 0)',
  "conformal: calibrated on back-test errors (`said.intervals` names the months ahead, if any, that show the model's own instead); model: the model's own at every month":
    '`conformal`: calibrados con los errores de la prueba retrospectiva (`said.intervals` nombra los meses hacia adelante, si los hay, que muestran en su lugar los del propio modelo); `model`: los del propio modelo en cada mes',
  'the card in words, in `lang`': 'la ficha en palabras, en `lang`',
  'the fitted form in words (`form` is its code): the combination named in `lang`': 'la forma ajustada en palabras (`form` es su código): la combinación nombrada en `lang`',
  'the selection rule, and where the chosen model stands against the lowest back-test MASE': 'la regla de selección, y dónde queda el modelo elegido frente al menor MASE de la prueba retrospectiva',
  "the back-test MASE beside the seasonal naive forecast's on the same origins": 'el MASE de la prueba retrospectiva junto al del pronóstico ingenuo estacional sobre los mismos orígenes',
  "where the intervals come from: conformal, or the model's own at the months ahead with fewer than 10 back-test errors (named)":
    'de dónde vienen los intervalos: conformes, o los del propio modelo en los meses hacia adelante con menos de 10 errores de la prueba retrospectiva (nombrados)',
  'how often each band covered what happened in the back-test': 'con qué frecuencia cada banda cubrió lo ocurrido en la prueba retrospectiva',
  'how the bands are nested and bounded': 'cómo se anidan y se acotan las bandas',
  // /api/forecast: the nowcast
  'the months filled before forecasting (with `nowcast=true`, also why none was); null when the forecast starts from the published months':
    'los meses completados antes de pronosticar (con `nowcast=true`, también por qué no se completó ninguno); null cuando el pronóstico parte de los meses publicados',
  'the last month the series itself has published': 'el último mes que la propia serie ha publicado',
  "the last day of INM's daily copy for this series": 'el último día de la copia diaria del INM para esta serie',
  'the months filled, in order': 'los meses completados, en orden',
  'the nowcast the forecast starts from': 'la estimación inmediata (nowcast) desde la que parte el pronóstico',
  'the day of the month it is known through': 'el día del mes hasta el que se conoce',
  "days up to then INM's copy left blank (YYYY-MM-DD): the month rests on the others": 'días hasta entonces que la copia del INM dejó en blanco (AAAA-MM-DD): el mes se apoya en los demás',
  "INM's total over the days it has": 'el total del INM en los días que tiene',
  'the share of a month those days held in the three complete months before': 'la proporción de un mes que esos días representaron en los tres meses completos anteriores',
  "this series / INM's total in the latest months both published": 'esta serie / el total del INM en los últimos meses que publicaron ambos',
  'the nowcast with the errors nowcasts from as many days had on this series, by level (empty when fewer than 5 months measure them)':
    'la estimación inmediata con los errores que tuvieron en esta serie las estimaciones hechas con los mismos días, por nivel (vacía cuando menos de 5 meses los miden)',
  'error of nowcasts from as many days, on this series, in the months both INM and CBP published (mean and largest absolute percentage error, bias; the last published month carried forward beside them)':
    'error de las estimaciones inmediatas hechas con los mismos días, en esta serie, en los meses que publicaron tanto el INM como la CBP (error porcentual absoluto medio y máximo, sesgo; junto a ellos, el último mes publicado arrastrado hacia adelante)',
  'the day of the month the measured nowcasts were made on (31: whole months)': 'el día del mes en que se hicieron las estimaciones medidas (31: meses completos)',
  'how many months measure the error': 'cuántos meses miden el error',
  'log ratios log((published + c) / (nowcast + c)) by level': 'razones logarítmicas log((publicado + c) / (estimado + c)) por nivel',
  "the last filled month's nowcast error added to the forecast's bands in quadrature, carried to every month ahead; null when fewer than 5 months measure it (the bands then leave it out)":
    'el error de la estimación inmediata del último mes completado, sumado en cuadratura a las bandas del pronóstico y llevado a cada mes hacia adelante; null cuando menos de 5 meses lo miden (las bandas entonces lo dejan fuera)',
  'why nothing was filled, in `lang`': 'por qué no se completó nada, en `lang`',
  "why filling stopped before the end of INM's daily copy, in `lang`": 'por qué se dejó de completar antes del final de la copia diaria del INM, en `lang`',
  'the nowcast in words, in `lang`': 'la estimación inmediata en palabras, en `lang`',
  // /api/scenarios, /api/scenario
  "the scenario's own levers, as in its file": 'las palancas propias del escenario, como en su archivo',
  'the levers run, as in a scenario file': 'las palancas ejecutadas, como en un archivo de escenario',
  'the calibration window, YYYY-MM': 'la ventana de calibración, AAAA-MM',
  'the simulated months, YYYY-MM': 'los meses simulados, AAAA-MM',
  "people sent back into each of Mexico's northern border states, and waiting there (end of month)": 'personas devueltas a cada estado de la frontera norte de México, y en espera allí (a fin de mes)',
  'the stage, in the language asked for': 'la etapa, en el idioma pedido',
  'what the series is, in the language asked for': 'qué es la serie, en el idioma pedido',
  'the series the scenario read, with the datasets and vintages that answered them (the X-Corridor-Sources header lists the same vintages)':
    'las series que leyó el escenario, con los conjuntos de datos y las versiones que las respondieron (la cabecera `X-Corridor-Sources` lista las mismas versiones)',
  "each lever's value at no change: 1 for a multiplier; for a share (expelSA, expelFMUA, expelUC), the share the US sent back in the window's last three months, all groups together (the model card gives it by group)":
    'el valor de cada palanca sin cambio: 1 para un multiplicador; para una proporción (expelSA, expelFMUA, expelUC), la proporción que EE. UU. devolvió en los tres últimos meses de la ventana, todos los grupos juntos (la ficha del modelo la da por grupo)',
};
