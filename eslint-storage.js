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

/** Types that reach IndexedDB: the app's database class and Dexie's own handles on it. */
const DB_TYPES = new Set(['RehearseDb', 'Dexie', 'Table', 'EntityTable', 'Collection', 'WhereClause', 'Transaction']);
const DB_TYPE_FILES = /[\\/](node_modules[\\/]dexie[\\/]|src[\\/]db[\\/]schema\.ts$)/;

/** Whether `type` is (or contains, or is bounded by) the database or one of Dexie's table handles. */
function reachesDb(type, seen = new Set()) {
  if (!type || seen.has(type)) return false;
  seen.add(type);
  if (type.isUnionOrIntersection?.()) return type.types.some((t) => reachesDb(t, seen));
  if (type.isTypeParameter?.()) return reachesDb(type.getConstraint?.(), seen);
  return [type.aliasSymbol, type.getSymbol?.()].some(
    (s) => s && DB_TYPES.has(s.getName()) && (s.declarations ?? []).some((d) => DB_TYPE_FILES.test(d.getSourceFile().fileName)),
  );
}

/**
 * storage/db-handle-only (type-aware): outside src/db, a value typed as the app's database or one of Dexie's tables
 * (the `db` of db/instance, a parameter typed RehearseDb, an alias, whatever a function returns) is a handle: it may
 * be passed only where that same type is expected (a src/db function's parameter, or another such handle). Reading a
 * member of it (`db.reviews`, `db.transaction`, `db.open()`), destructuring it, casting it, handing it to something
 * typed otherwise (`Object.values(db)`, a parameter typed `unknown`) or making another `RehearseDb` is an error.
 */
const dbHandleOnly = {
  meta: { type: 'problem', docs: { description: 'Keep Dexie tables behind src/db functions' }, schema: [] },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) throw new Error('storage/db-handle-only needs type information (parserOptions.projectService)');
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    /** Reports `node` when it is a database handle flowing where the database's type is not expected. */
    const flows = (node) => {
      if (!node || node.type === 'SpreadElement' || !reachesDb(typeOf(node))) return;
      const expected = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(node));
      if (expected && !reachesDb(expected)) context.report({ node, message: BOUNDARY });
    };
    /** Reports destructuring a handle (`const { reviews } = db`); otherwise checks the value like any other flow. */
    const bind = (target, value) => {
      if (!value) return;
      if (target.type !== 'ObjectPattern' && target.type !== 'ArrayPattern') flows(value);
      else if (reachesDb(typeOf(value))) context.report({ node: target, message: BOUNDARY });
    };
    const reported = new WeakSet();
    return {
      // On exit, so `db.reviews.count()` is one error (at `db.reviews`), not one per link of the chain.
      'MemberExpression:exit'(node) {
        let inner = node.object;
        while (inner.type === 'CallExpression' || inner.type === 'ChainExpression') inner = inner.type === 'CallExpression' ? inner.callee : inner.expression;
        if (reported.has(inner)) reported.add(node);
        else if (reachesDb(typeOf(node.object))) {
          reported.add(node);
          context.report({ node, message: BOUNDARY });
        }
      },
      NewExpression(node) {
        if (reachesDb(typeOf(node))) context.report({ node, message: BOUNDARY });
        else node.arguments.forEach(flows);
      },
      CallExpression: (node) => node.arguments.forEach(flows),
      'TSAsExpression, TSTypeAssertion, TSSatisfiesExpression': (node) => flows(node.expression),
      SpreadElement: (node) => (reachesDb(typeOf(node.argument)) ? context.report({ node, message: BOUNDARY }) : undefined),
      VariableDeclarator: (node) => bind(node.id, node.init),
      AssignmentExpression: (node) => bind(node.left, node.right),
      ReturnStatement: (node) => flows(node.argument),
      Property: (node) => (node.parent.type === 'ObjectExpression' ? flows(node.value) : undefined),
      ArrayExpression: (node) => node.elements.forEach(flows),
      JSXExpressionContainer: (node) => (node.expression.type !== 'JSXEmptyExpression' ? flows(node.expression) : undefined),
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
