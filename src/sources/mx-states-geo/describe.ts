/**
 * Boundaries of Mexico's 32 states for maps: INEGI's Marco Geoestadístico, simplified,
 * as copied into strotgen/mexico-leaflet (a third party). It gives shapes of places
 * corridor already knows (MX-01 .. MX-32), and no figures: the source has no datasets.
 */
import type { SourceDescription } from '../types.js';

export const describe: SourceDescription = {
  id: 'mx-states-geo',
  title: { en: 'Boundaries of Mexico\'s states (INEGI Marco Geoestadístico, simplified)', es: 'Límites de los estados de México (Marco Geoestadístico del INEGI, simplificado)' },
  publisher: { en: 'INEGI (Instituto Nacional de Estadística y Geografía), Marco Geoestadístico; copied by strotgen/mexico-leaflet', es: 'INEGI (Instituto Nacional de Estadística y Geografía), Marco Geoestadístico; copiado por strotgen/mexico-leaflet' },
  landingPage: 'https://github.com/strotgen/mexico-leaflet',
  licence: { en: 'Source: INEGI, Marco Geoestadístico. INEGI\'s Términos de Libre Uso (https://www.inegi.org.mx/inegi/terminos.html) allow free use with credit to INEGI. The repository that holds this copy states no licence of its own.', es: 'Fuente: INEGI, Marco Geoestadístico. Los Términos de Libre Uso del INEGI (https://www.inegi.org.mx/inegi/terminos.html) permiten el uso libre citando al INEGI. El repositorio que guarda esta copia no declara licencia propia.' },
  coverage: { en: '32 states, WGS84 longitude/latitude; an older, simplified geometry: good for a state map, not for measuring distances or areas.', es: '32 estados, longitud/latitud WGS84; una geometría antigua y simplificada: sirve para un mapa de estados, no para medir distancias ni superficies.' },
  thirdParty: true,
  files: [
    {
      id: 'states',
      mirrorPath: 'geo/mx_states/mx_states.geojson',
      url: 'https://raw.githubusercontent.com/strotgen/mexico-leaflet/3860e51338d905d77a8fcbebcbb1fcdcf6930e43/states.geojson',
    },
  ],
  datasets: [],
};
