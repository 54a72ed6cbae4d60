// The review log's vocabulary, shared by the engine, the database and backups: what a logged grade was for.

/** What a logged grade was for: the daily review, a group drill, or a mock interview. Stored as is in the log. */
export type Mode = 'review' | 'drill' | 'interview';

/** Every mode the log may hold, for validating imported rows. */
export const MODES: readonly Mode[] = ['review', 'drill', 'interview'];
