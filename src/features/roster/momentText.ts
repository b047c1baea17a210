// A fixed contact moment in words ("elke dinsdag om 19:00, beeldbellen — met moeder"), in a language.
import type { TFunction } from 'i18next';
import type { ContactMoment } from '../../domain/contactMoments';

export function momentText(moment: ContactMoment, t: TFunction, lng?: string): string {
  const options = lng ? { lng } : {};
  const weekday = t(`roster:weekdays.${moment.weekday}` as never, options as never) as unknown as string;
  const channel = (
    t(`common:channels.${moment.channel}` as never, options as never) as unknown as string
  ).toLowerCase();
  const key = moment.everyWeeks === 2 ? 'roster:moments.textFortnightly' : 'roster:moments.text';
  const text = t(
    key as never,
    { ...options, weekday, time: moment.time, channel } as never,
  ) as unknown as string;
  return moment.note ? `${text} (${moment.note})` : text;
}
