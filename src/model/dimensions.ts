/** The dimensions every observation carries. 'ALL' in a dimension means "total over it". */
export const DIMENSIONS = ['geography', 'citizenship', 'demographic', 'authority', 'component', 'category'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
