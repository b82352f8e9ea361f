// What bin/corridor.js says when it runs the sources because dist/ is missing or stale, in the
// language the command asks for (--lang es or --lang=es), as every other message of the CLI.

/** The notice for `args` (the command's arguments) when a build exists but is stale (`built`) or is missing. */
export function buildNotice(args, built) {
  const es = args.some((a, i) => a === '--lang=es' || (a === '--lang' && args[i + 1] === 'es'));
  return es
    ? `corridor: ${built ? 'dist/ es más antiguo que src/' : 'no hay compilación en dist/'}: se ejecutan las fuentes (arranque más lento; "npm run build" las compila)\n`
    : `corridor: ${built ? 'dist/ is older than src/' : 'no build in dist/'}: running the sources (slower start; "npm run build" compiles them)\n`;
}
