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

/** Spanish if the claim uses Spanish words the English forms never do. */
export function detectLang(norm: string): 'en' | 'es' {
  const es = norm.match(/\b(encuentros?|detenciones|frontera|tuvo|hubo|mayor|menor|de la|del|cayeron|aumentaron|respecto|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|anos|decadas|por ciento|fueron|representaron|devoluciones|devueltos|devueltas|retornos|retornados|personas|solicitudes|cruzaron|menos|mas|que|cualquier|otro|otra|estado|en|los|las|desde|superaron|bajaron|subieron|disminuyeron|hondurenos|guatemaltecos|salvadorenos|mexicanos|venezolanos|cubanos|haitianos|familias|ninos|ninas|menores|mujeres|hombres|acepto|aceptaron|recibio|recibieron|expulso|expulsaron|expulsados|expulsadas|expulsiones)\b/g);
  return (es?.length ?? 0) >= 2 ? 'es' : 'en';
}
