// The handover document: its content, which sections go in, parental consent or a confirmed legal ground.
import { Alert, Button, Divider, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEdit, IconFileTypeDocx } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoriesWithoutBasis, consentGivers } from '../../domain/consent';
import { authorityHolders } from '../../domain/family';
import { HANDOVER_SECTIONS, type Child, type HandoverSection, type SectionConsent } from '../../domain/types';
import { useToday } from '../../ui/useToday';
import { useFamilyMembers } from '../family/useFamily';
import type { ExportLanguage } from '../../export';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { ExportStatus } from './ExportStatus';
import { HandoverForm } from './HandoverForm';
import { LanguagePicker } from './LanguagePicker';
import { SectionConsentRow } from './SectionConsentRow';
import { DocumentCard } from './SimpleDocumentCards';
import { useDocumentExport } from './useDocumentExport';
import { useHandover, useSaveConsent } from './useHandover';

export function HandoverCard({ child, defaultLanguage }: { child: Child; defaultLanguage: ExportLanguage }) {
  const { t } = useTranslation('documents');
  const handover = useHandover(child.id);
  const saveSectionConsent = useSaveConsent();
  const [editing, setEditing] = useState(false);
  const [language, setLanguage] = useState(defaultLanguage);
  const [selected, setSelected] = useState<HandoverSection[]>([...HANDOVER_SECTIONS]);
  const [confirmed, setConfirmed] = useState<Partial<Record<HandoverSection, boolean>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { state, run, busy } = useDocumentExport(child.id);
  const familyMembers = useFamilyMembers(child.id);
  const today = useToday();
  if (handover === undefined || familyMembers === undefined) return null;

  const consentOf = (section: HandoverSection) => handover?.consent[section] ?? { parentsConsent: false };
  const saveConsent = async (section: HandoverSection, consent: SectionConsent) => {
    if (!handover) return;
    await saveSectionConsent(handover.id, section, consent);
  };
  // The same rule as the document: a category without consent or confirmed ground stays out everywhere.
  const leftOut = categoriesWithoutBasis(handover, selected, confirmed);
  const givers = consentGivers(child, familyMembers, today);

  const start = () => {
    if (!handover) {
      setProblem(t('handover.fillFirst'));
      return;
    }
    if (selected.length === 0) {
      setProblem(t('handover.chooseSection'));
      return;
    }
    setProblem(null);
    void run('handover', language, async ({ data, homeName, today: exportDay, t: docT }) => {
      // docx and the builders load with the first document, not at start-up.
      const { buildHandover, handoverModel } = await import('../../export');
      return buildHandover(
        handoverModel({
          ...data,
          handover,
          homeName,
          today: exportDay,
          sections: selected,
          legalGroundConfirmed: confirmed,
        }),
        docT,
        language,
      );
    });
  };

  return (
    <DocumentCard id="handover-heading" title={t('handover.title')} description={t('handover.description')}>
      {editing ? (
        <HandoverForm
          child={child}
          handover={handover}
          authorityHolders={authorityHolders(familyMembers)}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Group>
          <Button
            variant="default"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {handover ? t('handover.editContent') : t('handover.addContent')}
          </Button>
        </Group>
      )}
      <Fieldset
        legend={
          <Text component="span" fw={600}>
            {t('handover.sectionsLegend')}
          </Text>
        }
        variant="unstyled"
        mt="sm"
      >
        <Text size="sm" c="dimmed" mb="xs">
          {t('handover.consentHint')}
        </Text>
        {HANDOVER_SECTIONS.map((section, index) => (
          <Fragment key={section}>
            {index > 0 ? <Divider /> : null}
            <SectionConsentRow
              section={section}
              included={selected.includes(section)}
              onInclude={(include) =>
                setSelected(include ? [...selected, section] : selected.filter((item) => item !== section))
              }
              consent={consentOf(section)}
              givers={givers}
              onConsent={(consent) => saveConsent(section, consent)}
              confirmed={Boolean(confirmed[section])}
              onConfirm={(value) => setConfirmed({ ...confirmed, [section]: value })}
              disabled={!handover}
            />
          </Fragment>
        ))}
      </Fieldset>
      {leftOut.length > 0 ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="status">
          <Text size="sm" fw={600}>
            {t('handover.willBeLeftOut', {
              sections: leftOut.map((section) => t(`sections.${section}`)).join(', '),
            })}
          </Text>
          <Text size="sm">{t('handover.leftOutEverywhere')}</Text>
        </Alert>
      ) : null}
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <LanguagePicker value={language} onChange={setLanguage} />
          <Button leftSection={<IconFileTypeDocx size={16} aria-hidden />} loading={busy} onClick={start}>
            {t('handover.export')}
          </Button>
        </Group>
        <ErrorMessage message={problem} />
        <ExportStatus state={state} />
      </Stack>
    </DocumentCard>
  );
}
