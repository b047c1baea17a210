// Every document built from a generated home (seed 1): real volumes of agreements, contacts and handovers.
import { describe, expect, it } from 'vitest';
import { HANDOVER_SECTIONS } from '../../../src/domain/types';
import {
  agreementsSheetModel,
  buildAgreementsSheet,
  buildHandover,
  buildMeetingPrep,
  handoverModel,
  meetingPrepModel,
} from '../../../src/export';
import { addMonths } from '../../../src/domain/dates';
import { DEFAULT_GENERATE_OPTIONS, generateHome } from '../../../src/data/demo/generateHome';
import { exportT, unzipDocx } from './docxTestHelpers';

const home = generateHome({ seed: 1 });
const today = DEFAULT_GENERATE_OPTIONS.today;
const homeName = 'Gezinshuis Zoë & Daniël';
const records = { ...home, homeName };

describe('exports of a generated home', () => {
  it('puts every agreement in force of each child in its agreements sheet, and no ended one', async () => {
    const t = await exportT('nl');
    for (const child of home.children) {
      const model = agreementsSheetModel({ ...records, child, today });
      const { text, header } = await unzipDocx(await buildAgreementsSheet(model, t, 'nl'));
      const own = home.agreements.filter((agreement) => agreement.childId === child.id);
      for (const agreement of own.filter((item) => item.status === 'agreed'))
        expect(text).toContain(agreement.text);
      const inForce = new Set(own.filter((item) => item.status === 'agreed').map((item) => item.text));
      for (const agreement of own.filter((item) => item.status === 'ended' && !inForce.has(item.text))) {
        expect(text).not.toContain(agreement.text);
      }
      expect(text).toContain(child.name);
      expect(header).toContain('Gezinshuis Zoë &amp; Daniël');
    }
  });

  it('builds a meeting preparation for each child with the contacts since the last evaluation', async () => {
    const t = await exportT('en');
    for (const child of home.children) {
      const model = meetingPrepModel({ ...records, child, today, meetingDate: addMonths(today, 1) });
      const counted = model.contactCounts.reduce((sum, entry) => sum + entry.count, 0);
      expect(counted).toBe(model.contactTotal);
      const { paragraphsWithStyle } = await unzipDocx(await buildMeetingPrep(model, t, 'en'));
      expect(paragraphsWithStyle('Title')).toEqual(['Meeting preparation']);
      expect(paragraphsWithStyle('Heading1')).toContain('Agenda');
    }
  });

  it('builds the handover of an ended placement without any health information when health is not consented', async () => {
    expect(home.handovers.length).toBeGreaterThan(0);
    const t = await exportT('nl');
    for (const handover of home.handovers) {
      expect(handover.consent.health?.parentsConsent).toBe(false);
      const child = home.children.find((candidate) => candidate.id === handover.childId)!;
      const input = { ...records, child, handover, sections: [...HANDOVER_SECTIONS], today };
      const without = await unzipDocx(
        await buildHandover(handoverModel({ ...input, legalGroundConfirmed: {} }), t, 'nl'),
      );
      expect(without.text).toContain(
        'Gezondheid: niet gedeeld, geen toestemming van ouders — vraag de ouders.',
      );
      // No medication, no GGZ professional, no health free text, in any section.
      const own = <T extends { childId: string }>(records: readonly T[]) =>
        records.filter((record) => record.childId === child.id);
      for (const agreement of own(home.agreements).filter((item) => item.topic === 'medication'))
        expect(without.text).not.toContain(agreement.text);
      for (const member of own(home.familyMembers).filter((item) => item.relation === 'mentalHealth')) {
        expect(without.text).not.toContain(member.name);
        expect(without.text).not.toContain(member.organisation);
      }
      expect(without.text).not.toMatch(
        /medicatie|medicijn|methylfenidaat|melatonine|GGZ|psychiatrie|huisarts/i,
      );
      for (const value of Object.values(child.health ?? {})) expect(without.text).not.toContain(value);

      const confirmed = handoverModel({ ...input, legalGroundConfirmed: { health: true } });
      const withGround = await unzipDocx(await buildHandover(confirmed, t, 'nl'));
      expect(withGround.text).toContain(`op grond van: ${handover.consent.health?.legalGround}`);
      for (const value of Object.values(child.health ?? {})) expect(withGround.text).toContain(value);
    }
  });

  it('has a demo handover whose child has a medication agreement and a GGZ professional to hold back', () => {
    const handover = home.handovers[0]!;
    const own = (childId: string) => childId === handover.childId;
    expect(home.agreements.some((item) => own(item.childId) && item.topic === 'medication')).toBe(true);
    expect(home.familyMembers.some((item) => own(item.childId) && item.relation === 'mentalHealth')).toBe(
      true,
    );
  });
});
