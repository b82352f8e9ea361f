/**
 * The agreements PODER lists, as categories: who supplied the doses and, for a donation,
 * who gave them. The store has one category per figure, so the procurement method
 * (direct award or donation) is part of each category (its label and definition).
 * Names are as published (SUPPLIER_NAMES, and the donor named at the end of a donation's
 * CONTRACT_TITLE); a new supplier or donor is an error until it is declared here.
 */
import type { Bilingual, CategoryDefinition } from '../types.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';

export type Method = 'direct-award' | 'donation';

/** PROCUREMENT_METHOD as published. */
export const METHODS: Record<string, Method> = { 'ADJUDICACION DIRECTA': 'direct-award', DONACION: 'donation' };

interface Donor {
  slug: string;
  /** "donated by ..." */
  name: Bilingual;
}

/** The party a donation's title names after "CON" (normalised: no accents, upper case). */
export const DONORS: Record<string, Donor> = {
  'EL GOBIERNO DE ESTADOS UNIDOS': { slug: 'us-government', name: { en: 'the Government of the United States', es: 'el Gobierno de Estados Unidos' } },
  'EL GOBIERNO DE COREA DEL SUR': { slug: 'south-korea-government', name: { en: 'the Government of South Korea', es: 'el Gobierno de Corea del Sur' } },
  'EL GOBIERNO DE CANADA': { slug: 'canada-government', name: { en: 'the Government of Canada', es: 'el Gobierno de Canadá' } },
  'LA FARMACEUTICA MODERNA': { slug: 'manufacturer', name: { en: 'the pharmaceutical company Moderna', es: 'la farmacéutica Moderna' } },
};

interface Agreement {
  method: Method;
  /** SUPPLIER_NAMES as published. */
  supplier: string;
  /** The name shown in labels (the title's "(COVAX)" kept for Gavi). */
  shown: string;
  slug: string;
  /** Key of DONORS, for donations. */
  donor?: string;
}

const purchase = (supplier: string, slug: string, shown = supplier): Agreement => ({ method: 'direct-award', supplier, shown, slug });
const donation = (supplier: string, donor: string, slug: string): Agreement => ({ method: 'donation', supplier, shown: supplier, slug: `${slug}-${DONORS[donor].slug}`, donor });

const AGREEMENTS: Agreement[] = [
  purchase('AstraZeneca UK Limited', 'astrazeneca-uk'),
  purchase('Serum Institute of India', 'serum-institute-of-india'),
  purchase('Pfizer Export B.V.', 'pfizer'),
  purchase('CanSino Biologics Inc.', 'cansino'),
  purchase('Limited Liability Company Human Vaccine', 'human-vaccine'),
  purchase('Sinovac Life Science Co. LTD', 'sinovac'),
  purchase('Centro de Ingenieria Genetica y Biotecnología', 'cigb'),
  purchase('Gavi Alliance', 'gavi-covax', 'Gavi Alliance (COVAX)'),
  donation('AstraZeneca PLC', 'EL GOBIERNO DE ESTADOS UNIDOS', 'astrazeneca'),
  donation('Janssen Pharmaceutica', 'EL GOBIERNO DE ESTADOS UNIDOS', 'janssen'),
  donation('Moderna', 'EL GOBIERNO DE ESTADOS UNIDOS', 'moderna'),
  donation('Pfizer Export B.V.', 'EL GOBIERNO DE COREA DEL SUR', 'pfizer'),
  donation('Pfizer Export B.V.', 'EL GOBIERNO DE CANADA', 'pfizer'),
  donation('Moderna', 'LA FARMACEUTICA MODERNA', 'moderna'),
];

const categoryId = (a: Agreement) => `vaccine-supplier:${a.slug}`;

function category(a: Agreement): CategoryDefinition {
  if (a.method === 'direct-award') {
    return {
      id: categoryId(a),
      label: { en: `${a.shown} (purchase, direct award)`, es: `${a.shown} (compra por adjudicación directa)` },
      definition: {
        en: `Agreements with "${a.supplier}" awarded directly (PROCUREMENT_METHOD "ADJUDICACION DIRECTA") by the Government of Mexico.`,
        es: `Acuerdos con "${a.supplier}" por adjudicación directa (PROCUREMENT_METHOD "ADJUDICACION DIRECTA") del Gobierno de México.`,
      },
    };
  }
  const donor = DONORS[a.donor!].name;
  const fromDonor = donor.es.replace(/^el /, 'del ').replace(/^la /, 'de la ');
  return {
    id: categoryId(a),
    label: { en: `${a.shown}, donated by ${donor.en}`, es: `${a.shown}, donación ${fromDonor}` },
    definition: {
      en: `Donation agreements (PROCUREMENT_METHOD "DONACION") of "${a.supplier}" vaccine with ${donor.en}.`,
      es: `Convenios de donación (PROCUREMENT_METHOD "DONACION") de vacuna de "${a.supplier}" con ${donor.es}.`,
    },
  };
}

export const AGREEMENT_CATEGORIES: CategoryDefinition[] = AGREEMENTS.map(category);

/** The category of an agreement, or undefined when this supplier (and donor) is not declared. */
export function agreementCategory(method: Method, supplier: string, donor: string | undefined): string | undefined {
  const hit = AGREEMENTS.find((a) => a.method === method && normaliseLabel(a.supplier) === normaliseLabel(supplier) && a.donor === donor);
  return hit ? categoryId(hit) : undefined;
}

/** The declared suppliers of a method, for error messages. */
export function knownSuppliers(method: Method): string {
  return AGREEMENTS.filter((a) => a.method === method)
    .map((a) => (a.donor ? `"${a.supplier}" with ${DONORS[a.donor].name.en}` : `"${a.supplier}"`))
    .join(', ');
}
