// What a valid joint goal is: one definition for the goal form and the repository.
import { z } from './zod';
import { GOAL_STATUSES } from '../types';
import { MAX_NAME_LENGTH, oneOf, optionalDate, optionalText, requiredDate, requiredText } from './fields';

export const progressNoteSchema = z.object({
  on: requiredDate(),
  text: requiredText(),
  by: requiredText(MAX_NAME_LENGTH),
});

export const goalSchema = z.object({
  title: requiredText(MAX_NAME_LENGTH * 2),
  parentsWords: optionalText(),
  childWords: optionalText(),
  targetDate: optionalDate(),
  status: oneOf(GOAL_STATUSES),
  progressNotes: z.array(progressNoteSchema).nullish(),
});
