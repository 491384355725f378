// What the build says about a row: reasons for rejecting it and warnings for what it changed.

export type RejectCode = 'missing-name' | 'no-location' | 'postal-code-as-insee' | 'quote-unclosed' | 'quote-invalid' | 'too-many-fields';

export type WarningCode =
  | 'coordinates-swapped'
  | 'coordinates-outside-france'
  | 'coordinates-off-land'
  | 'coordinates-projected'
  | 'coordinates-lambert93'
  | 'coordinates-unreadable'
  | 'coordinates-missing'
  | 'commune-code-padded'
  | 'commune-merged'
  | 'commune-code-unknown'
  | 'commune-from-name'
  | 'commune-from-coordinates'
  | 'commune-mismatch'
  | 'departement-mismatch'
  | 'markup-removed'
  | 'label-date-unreadable'
  | 'label-date-year-only'
  | 'website-unusable'
  | 'email-unusable'
  | 'text-truncated'
  | 'commune-code-was-postal'
  | 'duplicate-merged';

export interface RowIssue<C extends string> {
  code: C;
  /** Says what was found and what was done, with the values involved. */
  message: string;
}

export const REJECT_LABELS: Record<RejectCode, string> = {
  'missing-name': 'no name',
  'no-location': 'neither usable coordinates nor a known commune',
  'postal-code-as-insee': 'a postal code in the INSEE column, and no commune agrees with it',
  'quote-unclosed': 'a quote opens and never closes: line not read',
  'quote-invalid': 'text after a closing quote: line not read',
  'too-many-fields': 'more values than columns: line not read',
};

export const WARNING_LABELS: Record<WarningCode, string> = {
  'coordinates-swapped': 'latitude and longitude swapped, fixed',
  'coordinates-outside-france': 'coordinates outside France, place moved to its commune centroid',
  'coordinates-off-land': 'coordinates in the sea or outside every commune, place moved to its commune centroid',
  'coordinates-projected': 'coordinates in an unknown projection, place moved to its commune centroid',
  'coordinates-lambert93': 'coordinates in Lambert-93 (EPSG:2154), converted to degrees',
  'coordinates-unreadable': 'coordinates unreadable, place moved to its commune centroid',
  'coordinates-missing': 'no coordinates, place at its commune centroid (approximate)',
  'commune-code-padded': 'INSEE code had lost its leading zero, padded',
  'commune-merged': 'commune merged since the export, mapped to the current commune',
  'commune-code-unknown': 'INSEE code unknown to the commune reference',
  'commune-from-name': 'commune found from its name and postal code',
  'commune-from-coordinates': 'commune found from the coordinates',
  'commune-mismatch': 'coordinates fall in another commune than the INSEE code',
  'departement-mismatch': 'département column disagrees with the commune',
  'markup-removed': 'markup removed from text',
  'label-date-unreadable': 'labelling date unreadable, left empty',
  'label-date-year-only': 'labelling date impossible (day or month), only its year kept',
  'website-unusable': 'website is not an http(s) address, left empty',
  'email-unusable': 'e-mail is not an address, left empty',
  'text-truncated': 'text longer than 2,000 characters, cut',
  'commune-code-was-postal': 'the INSEE column held the postal code of the commune, read as such',
  'duplicate-merged': 'duplicate of another row, merged into it',
};
