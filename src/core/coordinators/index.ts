export { CoordinatorSchema, CoordinatorSuggestionSchema, COORDINATOR_NOTE, type Coordinator, type CoordinatorSuggestion } from './coordinator.ts';
export { findCoordinators } from './find-coordinators.ts';
