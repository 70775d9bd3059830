/** The file formats a catalogue is imported from and exported to. */
export const CATALOGUE_FORMATS = ['csv', 'json', 'parquet'] as const;

/** CSV, JSON or Parquet. */
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number];

/** The format a file name's extension says (`.csv`, `.json`, `.parquet`), or undefined. */
export function formatFromFileName(name: string): CatalogueFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return CATALOGUE_FORMATS.find((format) => format === extension);
}
