/** The streaming event clusterer: copies, events and storylines, decided per article on arrival. */
export { createEventClusterer, type EventClusterer, type EventClustererOptions, type ScoredCandidate } from './clusterer.js';
export { MemoryClusterState, type ClusterState, type EventState, type StorylineState, type CopyRecord } from './state.js';
export { DEFAULT_OPTIONS, type ClusterOptions } from './rules.js';
export { clusterScores, type ClusterScores } from './metrics.js';
export type { Assignment, EventArticle, EventSummary, StorylineSummary } from './types.js';
