// What another window changed in an agreement, field by field, in words for the conflict notice.
import type { TFunction } from 'i18next';
import { contentChanges } from '../../domain/agreements';
import type { Agreement, FamilyMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import type { ChangedField } from '../../ui/components/ConflictNotice';

export function agreementChanges(
  opened: Agreement,
  current: Agreement,
  family: readonly FamilyMember[],
  t: TFunction<readonly ['agreements', 'common']>,
  language: string,
): ChangedField[] {
  const name = (id: string) => family.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const shown = (field: string): string => {
    switch (field) {
      case 'agreedOn':
      case 'reviewOn':
        return formatDate(current[field], language);
      case 'status':
        return t(`statuses.${current.status}`);
      case 'outcome':
        return current.outcome ? t(`outcomes.${current.outcome}`) : '';
      case 'agreedWith':
        return current.agreedWith.map(name).join(', ');
      case 'responsible':
        return current.responsible
          .map((party) =>
            party.familyMemberId ? name(party.familyMemberId) : t(`responsible.${party.kind}`),
          )
          .join(', ');
      case 'topic':
        return current.topic === 'custom' ? (current.customTopic ?? '') : t(`common:topics.${current.topic}`);
      default:
        return String(current[field as 'text'] ?? '');
    }
  };
  return contentChanges(opened, current).map((field) => ({
    label: capitalise(t(`fields.${field}`)),
    value: shown(field),
  }));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
