// Roster exports: a calendar file (.ics) of families' fixed moments and evaluation dates, and the
// letter to the parents introducing a new contact person; each audited as an export.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPersonLetterModel, ExportLanguage } from '../../export';
import { documentFileName } from '../../export/fileNames';
import { exportT } from '../../i18n';
import type { Id, IsoDate } from '../../domain/types';
import { usePlatform, useRepos, useSessionState } from '../../ui/AppContext';
import { saveDocx } from '../exports/saveDocx';

const ICS_FILTERS = [{ name: 'iCalendar', extensions: ['ics'] }];

export function useRosterExports() {
  const repos = useRepos();
  const { home } = useSessionState();
  const { platform } = usePlatform();
  const { t } = useTranslation('common');

  /** Saves the calendar of the given families (one child, or everyone a staff member looks after). */
  const saveCalendar = useCallback(
    async (childIds: readonly Id[], today: IsoDate, language: ExportLanguage) => {
      const { buildCalendar, calendarFileName, calendarModel } = await import('../../export');
      const families = await Promise.all(
        childIds.map(async (childId) => {
          const [child, moments, evaluations, familyMembers] = await Promise.all([
            repos.children.get(childId),
            repos.contactMoments.byChild(childId),
            repos.evaluations.byChild(childId),
            repos.familyMembers.byChild(childId),
          ]);
          if (!child) throw new Error('child not found');
          return { child, moments, evaluations, familyNames: familyMembers.map((member) => member.name) };
        }),
      );
      const model = calendarModel({
        homeName: home.name,
        families,
        today,
        exportedAt: new Date(),
        channelLabel: (channel) => t(`channels.${channel}`, { lng: language }).toLowerCase(),
      });
      const text = buildCalendar(model, await exportT(language), language);
      const fileName = calendarFileName(
        families.map((family) => family.child.name),
        today,
        language,
      );
      const result = await platform.saveFile(fileName, new TextEncoder().encode(text), ICS_FILTERS);
      if (result.saved) for (const childId of childIds) await repos.audit.recordExport('calendar', childId);
      return result;
    },
    [repos, home.name, platform, t],
  );

  /** Saves the letter introducing a new contact person to the parents of `childId`. */
  const saveContactPersonLetter = useCallback(
    async (childId: Id, childName: string, model: ContactPersonLetterModel, language: ExportLanguage) => {
      const { buildContactPersonLetter } = await import('../../export');
      const bytes = await buildContactPersonLetter(model, await exportT(language), language);
      const result = await saveDocx(
        platform,
        documentFileName('contactPersonLetter', childName, model.date, language),
        bytes,
      );
      if (result.saved) await repos.audit.recordExport('contactPersonLetter', childId);
      return result;
    },
    [repos, platform],
  );

  return { saveCalendar, saveContactPersonLetter };
}
