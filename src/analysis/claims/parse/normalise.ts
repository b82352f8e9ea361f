/**
 * Text as the claim parser reads it: lower case, accents removed (so "década" and
 * "decada" match alike), quotes and extra spaces dropped. Positions are kept one to one
 * with the original only loosely; the parser works on the normalised text alone.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[“”"«»]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.!?;]+\s*$/, '')
    .trim();
}

/**
 * Spanish when the claim has more Spanish words than English ones, and at least two. Each list
 * holds words the other language never writes (so not "a", "fiscal", "total"). Before the
 * English list, two Spanish words were enough and the articles were not counted: "La Patrulla
 * Fronteriza detuvo a 1,7 millones de migrantes en el año fiscal 2021" found only "en" and was
 * answered in English.
 */
const SPANISH = /\b(encuentros?|detenciones|frontera|fronteriza|patrulla|tuvo|hubo|mayor|menor|de|la|el|del|de la|y|con|para|por|entre|sobre|segun|unos|unas|una|casi|alrededor|cayeron|aumentaron|respecto|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ano|anos|decadas|millones|mil|por ciento|fueron|representaron|devoluciones|devueltos|devueltas|retornos|retornados|personas|migrantes|solicitudes|cruzaron|menos|mas|que|cualquier|otro|otra|estado|en|los|las|desde|superaron|bajaron|subieron|disminuyeron|detuvo|detuvieron|deporto|deportaron|hondurenos|guatemaltecos|salvadorenos|mexicanos|venezolanos|cubanos|haitianos|familias|ninos|ninas|menores|mujeres|hombres|acepto|aceptaron|recibio|recibieron|expulso|expulsaron|expulsados|expulsadas|expulsiones)\b/g;
const ENGLISH = /\b(the|of|in|and|were|was|had|has|have|more|than|million|thousand|from|at|by|about|nearly|people|migrants|border|fell|rose|year|years|since|between|over|for|encounters|apprehensions|apprehended|returned|received|families|children|month)\b/g;

export function detectLang(norm: string): 'en' | 'es' {
  const es = norm.match(SPANISH)?.length ?? 0;
  const en = norm.match(ENGLISH)?.length ?? 0;
  return es >= 2 && es > en ? 'es' : 'en';
}
