/** The notice bin/corridor.js prints when it runs the sources (see build-notice.js). */
export function buildNotice(args: string[], built: boolean): string;
