/**
 * The small closed dimensions: demographic, authority, component. Each member has
 * English and Spanish labels and a definition. 'ALL' is the total over the dimension.
 */
import type { Bilingual } from '../../model/index.js';

export interface Member {
  code: string;
  label: Bilingual;
  definition?: Bilingual;
}

const ALL: Member = { code: 'ALL', label: { en: 'All', es: 'Total' } };

export const DEMOGRAPHICS: Member[] = [
  ALL,
  { code: 'SA', label: { en: 'Single adults', es: 'Adultos solos' }, definition: { en: 'Adults encountered without family members.', es: 'Adultos encontrados sin familiares.' } },
  { code: 'FMUA', label: { en: 'Individuals in family units', es: 'Personas en unidades familiares' }, definition: { en: 'Each person (adult or child) encountered as part of a family unit.', es: 'Cada persona (adulta o menor) encontrada como parte de una unidad familiar.' } },
  { code: 'UC', label: { en: 'Unaccompanied children', es: 'Niñas, niños y adolescentes no acompañados' }, definition: { en: 'Children under 18 encountered without a parent or legal guardian (CBP: UAC / single minors).', es: 'Menores de 18 años encontrados sin madre, padre o tutor legal (CBP: UAC / menores solos).' } },
  { code: 'AM', label: { en: 'Accompanied minors', es: 'Menores acompañados' }, definition: { en: 'Children encountered with an adult who is not their parent or legal guardian (OFO only).', es: 'Menores encontrados con un adulto que no es su madre, padre o tutor legal (solo OFO).' } },
  { code: 'ADULTS', label: { en: 'Adults', es: 'Adultos' } },
  { code: 'MINORS', label: { en: 'Minors', es: 'Menores' } },
  { code: 'MALE', label: { en: 'Male', es: 'Hombres' } },
  { code: 'FEMALE', label: { en: 'Female', es: 'Mujeres' } },
  { code: 'SEX-UNKNOWN', label: { en: 'Sex not recorded', es: 'Sexo no registrado' } },
  // Sex by age group, as Mexico's UPM (table 3.1.3) and Panama's SNM (Darién) publish them.
  { code: 'MALE-ADULT', label: { en: 'Men (18 and over)', es: 'Hombres (18 años y más)' } },
  { code: 'FEMALE-ADULT', label: { en: 'Women (18 and over)', es: 'Mujeres (18 años y más)' } },
  { code: 'MALE-MINOR', label: { en: 'Boys (under 18)', es: 'Niños y adolescentes varones (menores de 18)' } },
  { code: 'FEMALE-MINOR', label: { en: 'Girls (under 18)', es: 'Niñas y adolescentes mujeres (menores de 18)' } },
  { code: 'MALE-12-17', label: { en: 'Boys aged 12 to 17', es: 'Adolescentes varones de 12 a 17 años' } },
  { code: 'FEMALE-12-17', label: { en: 'Girls aged 12 to 17', es: 'Adolescentes mujeres de 12 a 17 años' } },
  { code: 'MALE-U12-ACC', label: { en: 'Boys under 12, accompanied', es: 'Niños menores de 12 años, acompañados' } },
  { code: 'FEMALE-U12-ACC', label: { en: 'Girls under 12, accompanied', es: 'Niñas menores de 12 años, acompañadas' } },
  { code: 'MALE-U12-UNACC', label: { en: 'Boys under 12, unaccompanied', es: 'Niños menores de 12 años, no acompañados' } },
  { code: 'FEMALE-U12-UNACC', label: { en: 'Girls under 12, unaccompanied', es: 'Niñas menores de 12 años, no acompañadas' } },
];

export const AUTHORITIES: Member[] = [
  ALL,
  { code: 'T8', label: { en: 'Title 8', es: 'Título 8' }, definition: { en: 'Immigration law (Title 8 U.S.C.): USBP apprehensions and OFO inadmissibles.', es: 'Ley de inmigración (Título 8 U.S.C.): detenciones de la Patrulla Fronteriza e inadmisibles de OFO.' } },
  { code: 'T42', label: { en: 'Title 42', es: 'Título 42' }, definition: { en: 'Public-health expulsions under Title 42 U.S.C. 265, 21 Mar 2020 to 11 May 2023.', es: 'Expulsiones sanitarias bajo el Título 42 U.S.C. 265, del 21 de marzo de 2020 al 11 de mayo de 2023.' } },
];

export const COMPONENTS: Member[] = [
  ALL,
  { code: 'USBP', label: { en: 'U.S. Border Patrol', es: 'Patrulla Fronteriza' }, definition: { en: 'Works between ports of entry.', es: 'Opera entre los puertos de entrada.' } },
  { code: 'OFO', label: { en: 'Office of Field Operations', es: 'Oficina de Operaciones de Campo' }, definition: { en: 'Works at ports of entry.', es: 'Opera en los puertos de entrada.' } },
  { code: 'ICE', label: { en: 'Immigration and Customs Enforcement', es: 'Servicio de Inmigración y Control de Aduanas' } },
  { code: 'CBP', label: { en: 'CBP (both components)', es: 'CBP (ambos componentes)' } },
];
