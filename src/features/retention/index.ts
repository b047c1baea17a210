// What the settings page uses of the retention feature.
export { RetentionCard } from './RetentionCard';
