// Storage rules lint checks beside the layers (see ARCHITECTURE.md, "Deleting reviews" and "The storage boundary"):
// review rows leave the log only through src/db/delete-reviews.ts, which keeps everything derived from the log true;
// and outside src/db the database is a handle to pass to src/db's functions, never a way to reach a Dexie table.
import ts from 'typescript';

/** The one file allowed to delete review rows. */
export const DELETION_PATH = 'src/db/delete-reviews.ts';

const DELETING = '/^(delete|bulkDelete|clear)$/';
const message = `review rows are deleted only by deleteReviews (${DELETION_PATH}), which also retracts them for sync, takes them out of Stats' kept totals and refolds their cards.`;

/** no-restricted-syntax selectors for a delete, bulkDelete or clear of the reviews table (directly or down a query chain). */
export const REVIEW_DELETES = [
  {
    selector: `CallExpression[callee.property.name=${DELETING}] > MemberExpression.callee MemberExpression[property.name='reviews']`,
    message,
  },
  {
    selector: `CallExpression[callee.property.name=${DELETING}] > MemberExpression.callee CallExpression[callee.property.name='table'] > Literal[value='reviews']`,
    message,
  },
];

const BOUNDARY =
  'outside src/db/ the database is only passed to src/db/ functions: add a function there rather than reaching a table (ARCHITECTURE.md, "The storage boundary").';

/** Types that reach IndexedDB: the app's database class and Dexie's own handles on it. */
const DB_TYPES = new Set(['RehearseDb', 'Dexie', 'Table', 'EntityTable', 'Collection', 'WhereClause', 'Transaction']);
const DB_TYPE_FILES = /[\\/](node_modules[\\/]dexie[\\/]|src[\\/]db[\\/]schema\.ts$)/;

/**
 * Every member name declared by Dexie's typings or src/db/schema.ts, once per program: a member read whose name is
 * none of them (Object's own members aside) reads no table, so its type need not be asked: most member reads in src/
 * are skipped that way, and asking types is most of this rule's time.
 */
const memberNames = new WeakMap();
function dbMemberNames(program) {
  if (!memberNames.has(program)) {
    const names = new Set();
    const visit = (node) => {
      if (
        (ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isPropertyDeclaration(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isAccessor(node)) &&
        node.name &&
        !ts.isComputedPropertyName(node.name)
      )
        names.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    for (const file of program.getSourceFiles()) if (DB_TYPE_FILES.test(file.fileName)) visit(file);
    memberNames.set(program, names);
  }
  return memberNames.get(program);
}

/** Whether `symbol` is one of DB_TYPES, declared by Dexie or by src/db/schema.ts (not some other `Table`). */
const isDbSymbol = (symbol) =>
  !!symbol && DB_TYPES.has(symbol.getName()) && (symbol.declarations ?? []).some((d) => DB_TYPE_FILES.test(d.getSourceFile().fileName));

// Types are shared objects within one program: the answer for each is kept (lint asks for most expressions' types).
const known = new WeakMap();

/** Whether `type` is (or contains, or is bounded by) the database or one of Dexie's table handles. */
function reachesDb(type, seen = new Set()) {
  if (!type || seen.has(type)) return false;
  if (known.has(type)) return known.get(type);
  seen.add(type);
  let answer;
  if (type.isUnionOrIntersection?.()) answer = type.types.some((t) => reachesDb(t, seen));
  else if (type.isTypeParameter?.()) answer = reachesDb(type.getConstraint?.(), seen);
  else answer = isDbSymbol(type.aliasSymbol) || isDbSymbol(type.getSymbol?.());
  known.set(type, answer);
  return answer;
}

/** Expressions whose value is never the database itself (what they hold inside is checked where it is written). */
const NEVER_DB = new Set([
  'SpreadElement',
  'Literal',
  'TemplateLiteral',
  'ArrowFunctionExpression',
  'FunctionExpression',
  'ClassExpression',
  'ObjectExpression',
  'ArrayExpression',
  'JSXElement',
  'JSXFragment',
  'BinaryExpression',
  'UnaryExpression',
  'UpdateExpression',
]);

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
      if (!node || NEVER_DB.has(node.type) || !reachesDb(typeOf(node))) return;
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
        if (!node.computed && node.property.type === 'Identifier' && !dbMemberNames(services.program).has(node.property.name)) return;
        let inner = node.object;
        while (inner.type === 'CallExpression' || inner.type === 'ChainExpression')
          inner = inner.type === 'CallExpression' ? inner.callee : inner.expression;
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
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/db/**'],
      plugins: { storage: storagePlugin },
      rules: { 'storage/db-handle-only': 'error' },
    },
  ];
}
