// Whether the audit log's hash chain is intact, or where it breaks and how: in words, not colour alone.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChainState } from './useAudit';

export function AuditChainStatus({ check }: { check: ChainState }) {
  const { t } = useTranslation('audit');
  if (check === undefined)
    return (
      <Text role="status" c="dimmed">
        {t('chain.checking')}
      </Text>
    );
  if ('failed' in check)
    return (
      <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        {t('chain.failed')}
      </Alert>
    );
  if (check.intact)
    return (
      <Alert color="green" role="status" icon={<IconShieldCheck aria-hidden />} title={t('chain.intact')}>
        {t('chain.intactDetail', { count: check.count })}
      </Alert>
    );
  return (
    <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('chain.broken')}>
      {t('chain.brokenDetail', { at: check.at, problem: t(`chain.problems.${check.problem}`) })}
    </Alert>
  );
}
