// The domain's public surface: types and pure rules, for every layer above.
export * from './types';
export * from './dates';
export * from './placements';
export * from './mentors';
export * from './contacts';
export * from './evaluations';
export * from './agreements';
export * from './consent';
export * from './family';
export * from './goals';
export * from './dashboard';
export * from './validation';
export * from './roster';
export * from './assignments';
export * from './contactMoments';
export * from './continuity';
