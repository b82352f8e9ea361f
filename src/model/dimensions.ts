/** The dimensions every observation carries. 'ALL' in a dimension means "total over it". */
export const DIMENSIONS = ['geography', 'citizenship', 'demographic', 'authority', 'component', 'category'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Each dimension's name in words, for sentences such as "encounters by citizenship". */
export const DIMENSION_NAMES: Record<Dimension, { en: string; es: string }> = {
  geography: { en: 'geography', es: 'geografía' },
  citizenship: { en: 'citizenship', es: 'ciudadanía' },
  demographic: { en: 'demographic', es: 'grupo demográfico' },
  authority: { en: 'authority', es: 'autoridad' },
  component: { en: 'component', es: 'componente' },
  category: { en: 'category', es: 'categoría' },
};
