// File names for exported documents: never a child's full name, only initials and the date.

const LOWERCASE_PARTICLES = new Set([
  'de',
  'den',
  'der',
  'van',
  'het',
  'te',
  'ten',
  'ter',
  "'t",
  'el',
  'al',
  'la',
  'le',
]);

/** "Sanne de Vries" → "SdV"; particles (tussenvoegsels) stay lowercase, letters only. */
export function initials(name: string): string {
  const letters = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => {
      const first = word
        .normalize('NFD')
        .replace(/[^\p{L}]/gu, '')
        .charAt(0);
      return LOWERCASE_PARTICLES.has(word.toLowerCase()) ? first.toLowerCase() : first.toUpperCase();
    })
    .join('');
  return letters || 'X';
}

export type DocumentKind =
  | 'agreementsSheet'
  | 'meetingPrep'
  | 'handover'
  | 'report'
  | 'schoolCard'
  | 'schoolCardStaffRoom'
  | 'contactPersonLetter';

const PREFIX: Record<DocumentKind, Record<'nl' | 'en', string>> = {
  agreementsSheet: { nl: 'afspraken', en: 'agreements' },
  meetingPrep: { nl: 'gespreksvoorbereiding', en: 'meeting-preparation' },
  handover: { nl: 'overdracht', en: 'handover' },
  report: { nl: 'rapportage', en: 'report' },
  schoolCard: { nl: 'schoolkaart', en: 'school-card' },
  schoolCardStaffRoom: { nl: 'schoolkaart-groep', en: 'school-card-group' },
  contactPersonLetter: { nl: 'brief-contactpersoon', en: 'contact-person-letter' },
};

export function documentFileName(
  kind: DocumentKind,
  childName: string,
  date: string,
  language: 'nl' | 'en',
): string {
  return `${PREFIX[kind][language]}-${initials(childName)}-${date}.docx`;
}
