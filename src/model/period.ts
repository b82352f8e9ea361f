/** Granularity of a period: its start date plus this says which period it is. */
export type Grain = 'day' | 'month' | 'fy' | 'cy';
