// Beside the evaluation's parents' view: each parent's latest reaction on the reports shared in the
// period, verbatim with date and source. Read only: their words are never copied or edited from here.
import { Blockquote, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { latestParentReactions, type ParentLatestReaction } from '../../domain/reportsShared';
import type { FamilyMember, Id, IsoDate } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useSharedReports } from './useReports';

export function LatestParentReactions({
  childId,
  family,
  from,
  to,
}: {
  childId: Id;
  family: readonly FamilyMember[];
  /** The period: reports shared from `from` up to `to`, reactions received up to `to`. */
  from: IsoDate;
  to: IsoDate;
}) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const headingId = useId();
  const shared = useSharedReports(childId);
  if (!shared) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  const latest = latestParentReactions(shared.versions, shared.reactions, from, to);
  const nameOf = (personId: Id) => {
    const member = family.find((candidate) => candidate.id === personId);
    return member ? `${member.name} (${t(`common:relations.${member.relation}`)})` : '';
  };
  const title = ({ report }: ParentLatestReaction) => {
    const kind =
      report.kind === 'custom' && report.customKind?.trim() ? report.customKind : t(`kinds.${report.kind}`);
    const period = t('latest.period', { from: date(report.periodFrom), to: date(report.periodTo) });
    return report.version > 1
      ? t('latest.titleWithVersion', { kind, period, version: report.version })
      : t('latest.title', { kind, period });
  };
  const answer = ({ state }: ParentLatestReaction) =>
    state.kind === 'noReactionRecorded'
      ? t('latest.noReaction', { date: date(state.on) })
      : state.kind === 'waiting'
        ? t('latest.waiting', { date: date(state.dueOn) })
        : state.kind === 'periodPassed'
          ? t('latest.periodPassed', { date: date(state.dueOn) })
          : '';

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {t('latest.heading')}
        </Title>
        {latest.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('latest.none', { date: date(from) })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('latest.intro', { date: date(from) })}
          </Text>
        )}
        {latest.map((entry) => (
          <Stack key={entry.personId} gap={4} component="article" aria-label={nameOf(entry.personId)}>
            <Text fw={600}>{nameOf(entry.personId)}</Text>
            <Text size="sm" c="dimmed">
              {t('latest.about', { report: title(entry), date: date(entry.sharedOn) })}
            </Text>
            {entry.reaction ? (
              <>
                <Text size="sm">
                  {t('latest.received', {
                    date: date(entry.reaction.receivedOn),
                    source: t(`reaction.sources.${entry.reaction.source ?? 'inWriting'}`),
                  })}
                </Text>
                {entry.reaction.lines.map((line) => (
                  <Stack key={line.section} gap={2}>
                    <Text size="sm" fw={600}>
                      {t(`sections.${line.section}`)}
                      {line.choice ? `: ${t(`reaction.choices.${line.choice}`)}` : ''}
                    </Text>
                    {line.text !== '' ? (
                      <Blockquote p="xs" style={{ whiteSpace: 'pre-wrap' }}>
                        {line.text}
                      </Blockquote>
                    ) : null}
                  </Stack>
                ))}
              </>
            ) : (
              <Text size="sm">{answer(entry)}</Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
