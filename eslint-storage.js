// Storage rules lint checks beside the layers (see ARCHITECTURE.md, "Deleting reviews" and "The storage boundary"):
// review rows leave the log only through src/db/delete-reviews.ts, which keeps everything derived from the log true;
// and outside src/db the database is a handle to pass to src/db's functions, never a way to reach a Dexie table.

/** The one file allowed to delete review rows. */
export const DELETION_PATH = 'src/db/delete-reviews.ts';

const DELETING = '/^(delete|bulkDelete|clear)$/';
const message = `review rows are deleted only by deleteReviews (${DELETION_PATH}), which also retracts them for sync, takes them out of Stats' kept totals and refolds their cards.`;

/** no-restricted-syntax selectors for a delete, bulkDelete or clear of the reviews table (directly or down a query chain). */
export const REVIEW_DELETES = [
  { selector: `CallExpression[callee.property.name=${DELETING}] > MemberExpression.callee MemberExpression[property.name='reviews']`, message },
  { selector: `CallExpression[callee.property.name=${DELETING}] > MemberExpression.callee CallExpression[callee.property.name='table'] > Literal[value='reviews']`, message },
];

const BOUNDARY = 'outside src/db/ the database is only passed to src/db/ functions: add a function there rather than reaching a table (ARCHITECTURE.md, "The storage boundary").';

/** Whether a type annotation names RehearseDb (the Dexie class). */
const namesDb = (annotation) => annotation?.typeAnnotation?.type === 'TSTypeReference' && annotation.typeAnnotation.typeName?.name === 'RehearseDb';

/**
 * storage/db-handle-only: outside src/db, the app's database (`db` imported from db/instance, or a parameter typed
 * RehearseDb) is never read into: no `db.reviews`, `db.transaction`, `db.open()`; and no `new RehearseDb`.
 */
const dbHandleOnly = {
  meta: { type: 'problem', docs: { description: 'Keep Dexie tables behind src/db functions' }, schema: [] },
  create(context) {
    const handles = new Set();
    const noteParams = (fn) => {
      for (const p of fn.params) {
        const id = p.type === 'AssignmentPattern' ? p.left : p;
        if (id.type === 'Identifier' && namesDb(id.typeAnnotation)) handles.add(id.name);
      }
    };
    return {
      ImportDeclaration(node) {
        if (!/(^|\/)db\/instance(\.ts)?$/.test(node.source.value)) return;
        for (const s of node.specifiers) handles.add(s.local.name);
      },
      FunctionDeclaration: noteParams,
      FunctionExpression: noteParams,
      ArrowFunctionExpression: noteParams,
      MemberExpression(node) {
        if (node.object.type === 'Identifier' && handles.has(node.object.name)) context.report({ node, message: BOUNDARY });
      },
      NewExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'RehearseDb') context.report({ node, message: BOUNDARY });
      },
    };
  },
};

/** The plugin holding storage/db-handle-only. */
export const storagePlugin = { rules: { 'db-handle-only': dbHandleOnly } };

/** ESLint flat-config blocks for the storage rules. */
export function storageRules() {
  return [
    { files: ['src/**/*.{ts,tsx}'], ignores: [DELETION_PATH], rules: { 'no-restricted-syntax': ['error', ...REVIEW_DELETES] } },
    { files: ['src/**/*.{ts,tsx}'], ignores: ['src/db/**'], plugins: { storage: storagePlugin }, rules: { 'storage/db-handle-only': 'error' } },
  ];
}
