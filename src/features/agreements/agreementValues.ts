// The agreement form's values (empty strings for empty fields) and the content saved from them.
import type {
  Agreement,
  AgreementContent,
  AgreementOutcome,
  AgreementTopic,
  IsoDate,
} from '../../domain/types';

export interface AgreementValues extends Omit<
  AgreementContent,
  'customTopic' | 'agreedOn' | 'reviewOn' | 'outcome' | 'parentsView'
> {
  customTopic: string;
  agreedOn: string;
  reviewOn: string;
  outcome: AgreementOutcome | '';
  parentsView: string;
}

export function agreementValues(
  agreement: Agreement | undefined,
  topic: AgreementTopic,
  today: IsoDate,
): AgreementValues {
  return {
    topic: agreement?.topic ?? topic,
    customTopic: agreement?.customTopic ?? '',
    text: agreement?.text ?? '',
    responsible: agreement?.responsible ?? [],
    status: agreement?.status ?? 'agreed',
    agreedOn: agreement ? (agreement.agreedOn ?? '') : today,
    agreedWith: agreement?.agreedWith ?? [],
    reviewOn: agreement?.reviewOn ?? '',
    outcome: agreement?.outcome ?? '',
    parentsView: agreement?.parentsView ?? '',
  };
}

/** What is stored: trimmed text, empty fields left out, every person on `agreedWith` kept. */
export function agreementContent(values: AgreementValues): AgreementContent {
  return {
    topic: values.topic,
    ...(values.topic === 'custom' ? { customTopic: values.customTopic.trim() } : {}),
    text: values.text.trim(),
    responsible: values.responsible,
    status: values.status,
    ...(values.agreedOn ? { agreedOn: values.agreedOn } : {}),
    agreedWith: values.agreedWith,
    ...(values.reviewOn ? { reviewOn: values.reviewOn } : {}),
    ...(values.outcome ? { outcome: values.outcome } : {}),
    ...(values.parentsView.trim() ? { parentsView: values.parentsView.trim() } : {}),
  };
}
