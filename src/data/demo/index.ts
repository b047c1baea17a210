// The demo home: a seeded generator of realistic fictional homes and the writer that stores one. Loaded
// only when the demo home is opened (and by tests and benchmarks), never at start-up.
export { createDemoHome, type HomeData } from './writeDemoHome';
export { DEMO_PASSWORD } from './password';
export {
  DEFAULT_GENERATE_OPTIONS,
  generateHome,
  type GenerateOptions,
  type GeneratedHome,
} from './generateHome';
