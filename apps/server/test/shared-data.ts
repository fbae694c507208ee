// One helper for every tier: the public data the tests read (see CONTRIBUTING.md).
export { requireSharedData } from '../../../packages/domain/test/shared-data';
