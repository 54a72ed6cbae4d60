// Storage rules lint checks beside the layers (see ARCHITECTURE.md, "Deleting reviews"): review rows leave the
// log only through src/db/delete-reviews.ts, which keeps everything derived from the log true.

/** The one file allowed to delete review rows. */
export const DELETION_PATH = 'src/db/delete-reviews.ts';

const DELETING = '/^(delete|bulkDelete|clear)$/';
const message = `review rows are deleted only by deleteReviews (${DELETION_PATH}), which also retracts them for sync, takes them out of Stats' kept totals and refolds their cards.`;

/** no-restricted-syntax selectors for a delete, bulkDelete or clear of the reviews table (directly or down a query chain). */
export const REVIEW_DELETES = [
  { selector: `CallExpression[callee.property.name=${DELETING}] > MemberExpression.callee MemberExpression[property.name='reviews']`, message },
  { selector: `CallExpression[callee.property.name=${DELETING}] > MemberExpression.callee CallExpression[callee.property.name='table'] > Literal[value='reviews']`, message },
];

/** ESLint flat-config blocks for the storage rules. */
export function storageRules() {
  return [{ files: ['src/**/*.{ts,tsx}'], ignores: [DELETION_PATH], rules: { 'no-restricted-syntax': ['error', ...REVIEW_DELETES] } }];
}
