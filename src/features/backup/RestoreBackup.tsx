// Welcome screen: restore a home from a backup file — manifest first, then its password or recovery key.
import {
  Alert,
  Button,
  Group,
  PasswordInput,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileSearch } from '@tabler/icons-react';
import { useState } from 'react';
import '../../ui/design/allStyles';
import { useTranslation } from 'react-i18next';
import type { BackupContents } from '../../data/backup';
import type { HomeEntry } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { useRestore } from './useRestore';

const COUNTED = ['children', 'agreements', 'contacts', 'staff'] as const;

export function RestoreBackup({
  homes,
  onCancel,
  onRestored,
}: {
  homes: HomeEntry[];
  onCancel: () => void;
  onRestored: (home: HomeEntry) => void;
}) {
  const { t } = useTranslation(['backup', 'common']);
  const { state, choose, restore, reset } = useRestore(homes);

  return (
    <Stack gap="md" component="section" aria-labelledby="restore-heading">
      <Title order={2} id="restore-heading">
        {t('restore.title')}
      </Title>
      {state.step === 'choose' || state.step === 'refused' ? (
        <>
          <Text>{t('restore.intro')}</Text>
          <ErrorMessage message={state.step === 'refused' ? t(`problems.${state.problem}`) : null} />
          <Group gap="sm">
            <Button leftSection={<IconFileSearch size={16} aria-hidden />} onClick={() => void choose()}>
              {t('restore.choose')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('restore.cancel')}
            </Button>
          </Group>
        </>
      ) : null}
      {state.step === 'reading' ? <Text role="status">{t('restore.reading')}</Text> : null}
      {state.step === 'confirm' ? (
        <ConfirmRestore
          contents={state.contents}
          existing={state.existing}
          onRestore={(secret) => restore(state.contents, secret)}
          onOtherFile={reset}
          onCancel={onCancel}
        />
      ) : null}
      {state.step === 'safety' ? <Text role="status">{t('safety.busy')}</Text> : null}
      {state.step === 'running' ? (
        <Stack gap={4} role="status">
          <Text>
            {t('restore.progress', {
              step: t(`restore.steps.${state.progress.step}`),
              done: state.progress.done,
              total: state.progress.total,
            })}
          </Text>
          <Progress
            value={(100 * state.progress.done) / Math.max(1, state.progress.total)}
            aria-label={t(`restore.steps.${state.progress.step}`)}
          />
        </Stack>
      ) : null}
      {state.step === 'failed' ? (
        <>
          <ErrorMessage message={t('restore.failed')} />
          <Group>
            <Button variant="default" onClick={reset}>
              {t('restore.otherFile')}
            </Button>
          </Group>
        </>
      ) : null}
      {state.step === 'done' ? (
        <>
          <Alert color="green" role="status">
            {t('restore.done', { name: state.home.name })}
          </Alert>
          {state.result.createdByName ? (
            <Text>{t('restore.madeBy', { name: state.result.createdByName })}</Text>
          ) : null}
          {state.result.damaged.length > 0 ? (
            <Alert color="orange" role="alert">
              {t('restore.damaged', { count: state.result.damaged.length })}
            </Alert>
          ) : null}
          <Group>
            <Button onClick={() => onRestored(state.home)}>{t('restore.toSignIn')}</Button>
          </Group>
        </>
      ) : null}
    </Stack>
  );
}

function ConfirmRestore({
  contents,
  existing,
  onRestore,
  onOtherFile,
  onCancel,
}: {
  contents: BackupContents;
  existing: HomeEntry | null;
  onRestore: (secret: string) => Promise<'wrongSecret' | void>;
  onOtherFile: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(['backup', 'common']);
  const { manifest } = contents;
  const form = useForm({
    initialValues: { secret: '', typed: '' },
    validate: {
      secret: (value) => (value ? null : 'required'),
      typed: (value) => (existing && value.trim() !== existing.name ? t('restore.nameMismatch') : null),
    },
  });
  const field = useFieldProps(form);
  const [busy, setBusy] = useState(false);
  const counts = Object.fromEntries(manifest.tables.map((entry) => [entry.name, entry.count]));
  const rows: [string, string][] = [
    [t('restore.home'), manifest.home.name],
    [t('restore.createdAt'), formatDateTime(manifest.createdAt, i18n.language)],
    [t('restore.reason'), t(`restore.reasons.${manifest.reason}`)],
    [t('restore.madeByLabel'), t('restore.whoAfterUnlock')],
    [t('restore.appVersion'), manifest.appVersion],
    ...COUNTED.map((name): [string, string] => [t(`restore.tables.${name}`), String(counts[name] ?? 0)]),
  ];

  const submit = form.onSubmit(async ({ secret }) => {
    setBusy(true);
    const outcome = await onRestore(secret);
    setBusy(false);
    if (outcome === 'wrongSecret') {
      form.setFieldValue('secret', '');
      form.setFieldError('secret', t('restore.wrongSecret'));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('restore.title')}>
      <Stack gap="md">
        <Title order={3}>{t('restore.manifestTitle')}</Title>
        <Table withTableBorder variant="vertical" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220} scope="row">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {existing ? (
          <>
            <Alert color="orange" role="alert">
              {t('restore.exists', { name: existing.name })}
            </Alert>
            <TextInput {...field('typed')} label={t('restore.typeName')} autoComplete="off" />
          </>
        ) : null}
        <PasswordInput
          {...field('secret')}
          label={t('restore.secret')}
          description={t('restore.secretHint')}
          autoComplete="off"
          withAsterisk
          visibilityToggleButtonProps={{ 'aria-label': t('common:showPassword') }}
        />
        {busy ? <Text role="status">{t('restore.reading')}</Text> : null}
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {t('restore.submit')}
          </Button>
          <Button variant="default" onClick={onOtherFile} disabled={busy}>
            {t('restore.otherFile')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('restore.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
