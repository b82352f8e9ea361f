/**
 * @module
 * The API's documentation in Spanish: each summary and description of the OpenAPI document
 * (routes, parameters, responses; written in English beside each route's schema), keyed by the
 * English it translates, so a text shared by several routes is written once. `/api/docs?lang=es`
 * and `/api/openapi.json?lang=es` use it (localise.ts); test/api/docs.test.ts fails on an
 * English text without its Spanish. Codes a client types are kept, in backquotes.
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
  'this vintage of `source` instead of its latest': 'esta versión de `source` en lugar de la más reciente',
  'the series': 'la serie',
  // /api/export
  'A series as a file to download: CSV, JSON or Parquet': 'Una serie como archivo para descargar: CSV, JSON o Parquet',
  'Takes the parameters of /api/series plus `format`. The CSV and Parquet files have one column per field and a code and a label column per dimension.':
    'Recibe los parámetros de /api/series más `format`. Los archivos CSV y Parquet tienen una columna por campo, y una columna de código y otra de nombre por dimensión.',
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
  "with scenario: levers replacing the scenario's: \"id=value[:from[:to[:rampMonths]]]\" joined by commas, each replacing that lever; or a JSON object as in a scenario file, replacing them all (as /api/scenario takes it)":
    'con `scenario`: palancas que reemplazan las del escenario: `id=valor[:desde[:hasta[:mesesDeRampa]]]` unidas por comas, cada una reemplaza esa palanca; o un objeto JSON como en un archivo de escenario, que las reemplaza todas (como lo toma /api/scenario)',
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
  'levers for the scenario: as JSON, replacing its own, e.g. {"enforcementSouth":{"value":1.5,"from":"2021-04"}}; or "id=value[:from[:to[:rampMonths]]]" joined by commas, each replacing that lever, e.g. enforcementSouth=2,familyAcceptance=1.5:2021-06 (as /api/reception and the CLI take them)':
    'palancas del escenario: en JSON, que reemplazan las suyas, p. ej. `{"enforcementSouth":{"value":1.5,"from":"2021-04"}}`; o "id=valor[:desde[:hasta[:rampMonths]]]" separados por comas, cada uno en lugar de esa palanca, p. ej. `enforcementSouth=2,familyAcceptance=1.5:2021-06` (como los toman /api/reception y la CLI)',
  'the scenario run': 'la ejecución del escenario',
  "The scenario model's back-casts of past policy changes, against the no-change baseline": 'Las retroproyecciones del modelo de escenarios sobre cambios de política pasados, frente a la referencia sin cambios',
  'one back-cast a policy change': 'una retroproyección por cambio de política',
};
