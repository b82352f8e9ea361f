/**
 * commander's own messages about the command line (an unknown option, an argument too many, a
 * missing value) as corridor says them: under corridor's prefix, with the way to the help, and in
 * Spanish under --lang es. commander writes them in English only; each known shape is matched and
 * said again, and a shape not known here is kept in English under a lead that says so.
 */
import type { Lang } from '../model/index.js';

type Said = (m: RegExpExecArray) => string;

// [commander's English message, the same in Spanish], most specific first.
const SHAPES: [RegExp, Said][] = [
  [/^unknown option '([^']*)'$/, (m) => `opción desconocida '${m[1]}'`],
  [/^unknown command '([^']*)'$/, (m) => `comando desconocido '${m[1]}'`],
  [/^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `demasiados argumentos para '${m[1]}': se esperaban ${m[2]} y se recibieron ${m[3]}`],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `demasiados argumentos: se esperaban ${m[1]} y se recibieron ${m[2]}`],
  [/^missing required argument '([^']*)'$/, (m) => `falta el argumento obligatorio '${m[1]}'`],
  [/^option '([^']*)' argument missing$/, (m) => `a la opción '${m[1]}' le falta su valor`],
  [/^required option '([^']*)' not specified$/, (m) => `falta la opción obligatoria '${m[1]}'`],
  [/^option '([^']*)' argument '([^']*)' is invalid\.(.*)$/s, (m) => `el valor '${m[2]}' de la opción '${m[1]}' no es válido.${m[3]}`],
  [/^(.*) cannot be used with (.*)$/, (m) => `${m[1]} no puede usarse con ${m[2]}`],
];

const SUGGESTION = /\n\(Did you mean (one of )?(.*)\?\)$/;

/** One of commander's messages ("error: unknown option '--x'\n(Did you mean --y?)") as corridor prints it. */
export function parseErrorText(message: string, lang: Lang): string {
  const body = message.trim().replace(/^error: /, '');
  const hint = SUGGESTION.exec(body);
  const core = hint ? body.slice(0, hint.index) : body;
  const help = lang === 'es' ? 'vea "corridor --help" o "corridor <comando> --help"' : 'see "corridor --help" or "corridor <command> --help"';
  if (lang === 'en') return `corridor: ${core}${hint ? ` (did you mean ${hint[1] ?? ''}${hint[2]}?)` : ''}: ${help}\n`;
  const shape = SHAPES.find(([re]) => re.test(core));
  const said = shape ? shape[1](shape[0].exec(core)!) : `(mensaje en inglés) ${core}`;
  return `corridor: ${said}${hint ? ` (¿quería decir ${hint[1] ? 'una de ' : ''}${hint[2]}?)` : ''}: ${help}\n`;
}
