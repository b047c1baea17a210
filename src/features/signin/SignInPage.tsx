// Sign in: pick your name, type your password (or one-time code), or use the home's recovery key.
import {
  Alert,
  Anchor,
  Button,
  Group,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockedHome, Session, SignInResult } from '../../data/homes';
import { DEMO_PASSWORD } from '../../data/demo/password';
import type { HomeEntry } from '../../domain/types';
import { EntryFrame } from '../../ui/components/EntryFrame';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { useSignInNames } from './useSignIn';

interface SignInPageProps {
  home: HomeEntry;
  locked: LockedHome;
  demo: boolean;
  onSignedIn: (session: Session) => void;
  onBack: () => void;
}

export function SignInPage({ home, locked, demo, onSignedIn, onBack }: SignInPageProps) {
  const { t } = useTranslation(['signin', 'common']);
  const { names, failed: namesFailed } = useSignInNames(locked);
  const form = useForm({
    initialValues: { staffId: '', secret: '' },
    validate: {
      staffId: (value) => (value ? null : 'chooseName'),
      secret: (value) => (value ? null : 'required'),
    },
  });
  const field = useFieldProps(form);
  const [mode, setMode] = useState<'password' | 'recovery'>('password');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const staffId = form.values.staffId;
  const { setFieldValue } = form;

  useEffect(() => {
    if (names && names.length === 1 && !staffId) setFieldValue('staffId', names[0]!.staffId);
  }, [names, staffId, setFieldValue]);

  const chosen = names?.find((name) => name.staffId === staffId);
  const secretLabel =
    mode === 'recovery' ? t('recoveryKey') : chosen?.firstSignIn ? t('oneTimeCode') : t('password');

  const explain = (result: Exclude<SignInResult, { ok: true }>): string => {
    switch (result.reason) {
      case 'wrongSecret':
        return result.retryInMs > 0
          ? t('errors.tooManyAttempts', { count: Math.ceil(result.retryInMs / 1000) })
          : t(mode === 'recovery' ? 'errors.wrongRecoveryKey' : 'errors.wrongPassword');
      case 'tooSoon':
        return t('errors.tooManyAttempts', { count: Math.ceil(result.retryInMs / 1000) });
      case 'inactive':
        return t('errors.inactive');
      case 'unknownStaff':
        return t('errors.unknownStaff');
    }
  };

  const submit = form.onSubmit(async ({ staffId: id, secret }) => {
    setMessage(null);
    setBusy(true);
    try {
      const result = mode === 'recovery' ? await locked.recover(id, secret) : await locked.signIn(id, secret);
      if (result.ok) {
        onSignedIn(result.session);
        return;
      }
      setFieldValue('secret', '');
      setMessage(explain(result));
    } catch {
      setMessage(t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  });

  const secretProps = {
    ...field('secret'),
    label: secretLabel,
    withAsterisk: true,
    description: chosen?.firstSignIn && mode === 'password' ? t('oneTimeCodeHint') : undefined,
  };

  return (
    <EntryFrame width={520}>
      <Stack gap="md">
        <Title order={1}>{t('title', { home: home.name })}</Title>
        {demo ? (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('demoHint', { password: DEMO_PASSWORD })}
          </Alert>
        ) : null}
        <ErrorMessage
          message={namesFailed ? t('errors.cannotOpen') : names?.length === 0 ? t('errors.nobody') : null}
        />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Select
              {...field('staffId')}
              label={t('name')}
              placeholder={t('chooseName')}
              data={(names ?? []).map((name) => ({ value: name.staffId, label: name.label }))}
              searchable
              withAsterisk
              nothingFoundMessage={t('noNameFound')}
            />
            {mode === 'password' && !chosen?.firstSignIn ? (
              <PasswordInput
                {...secretProps}
                autoComplete="current-password"
                autoFocus={Boolean(staffId)}
                visibilityToggleButtonProps={{ 'aria-label': t('common:showPassword') }}
              />
            ) : (
              <TextInput {...secretProps} autoComplete="off" />
            )}
            <ErrorMessage message={message} />
            {busy ? (
              <Text role="status" c="dimmed">
                {t('busy')}
              </Text>
            ) : null}
            <Group justify="space-between">
              <Button type="submit" loading={busy}>
                {mode === 'recovery' ? t('submitRecovery') : t('submit')}
              </Button>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setMode(mode === 'recovery' ? 'password' : 'recovery');
                  setFieldValue('secret', '');
                  setMessage(null);
                }}
              >
                {mode === 'recovery' ? t('usePassword') : t('forgotPassword')}
              </Anchor>
            </Group>
          </Stack>
        </form>
        <Group>
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={onBack}
          >
            {t('otherHome')}
          </Button>
        </Group>
      </Stack>
    </EntryFrame>
  );
}
