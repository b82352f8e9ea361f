/** "Rio Grande Valley sector, TX" → "Rio Grande Valley"; "Sector Big Bend, TX" → "Big Bend" (the US border chart and the sector map). */
export const shortSector = (label: string) => label.replace(/^Sector\s+/i, '').replace(/\s+sector\b.*$/i, '').replace(/,\s*[A-Z]{2}\b.*$/, '');
