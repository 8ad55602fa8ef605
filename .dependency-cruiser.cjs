// Dependency rules: libs in layers that point one way, each lib imported only through its index,
// no cycles, and web features that know nothing of each other. `npm run lint:deps` checks them;
// `npm run deps:graph` draws docs/dependency-graph.svg from the same analysis.

/** What each server lib may import (besides itself and npm packages). Lower layers first. */
const allowed = {
  common: [],
  config: ['common'],
  database: ['common', 'config'],
  matching: ['common'],
  mail: ['common', 'config', 'database'],
  auth: ['common', 'config', 'database', 'mail'],
  // Reference data; on auth only for @Public() on its one route (the sign-up form needs it).
  taxonomy: ['common', 'config', 'database', 'auth'],
  notifications: ['common', 'config', 'database', 'mail', 'auth'],
  firms: ['common', 'config', 'database', 'mail', 'auth', 'notifications', 'taxonomy'],
  // The account API: sign-up creates a firm and its admin, and a user is shown with their firm.
  accounts: ['common', 'config', 'database', 'auth', 'firms'],
  projects: ['common', 'config', 'database', 'auth', 'notifications', 'taxonomy', 'matching'],
  programs: ['common', 'config', 'database', 'auth', 'taxonomy', 'firms'],
  'matching-api': [
    'common',
    'config',
    'database',
    'auth',
    'notifications',
    'taxonomy',
    'matching',
    'firms',
    'projects',
  ],
  consortia: [
    'common',
    'config',
    'database',
    'auth',
    'notifications',
    'taxonomy',
    'matching',
    'firms',
    'projects',
    'matching-api',
  ],
  messaging: ['common', 'config', 'database', 'auth', 'notifications', 'consortia'],
  'partner-requests': [
    'common',
    'config',
    'database',
    'mail',
    'auth',
    'notifications',
    'taxonomy',
    'messaging',
  ],
  dashboard: ['common', 'config', 'database', 'auth', 'taxonomy', 'firms', 'projects', 'consortia'],
  'demo-data': [
    'common',
    'config',
    'database',
    'auth',
    'taxonomy',
    'firms',
    'projects',
    'programs',
    'consortia',
  ],
};

// The map itself must be a DAG, so lib-level cycles are impossible while every layer rule passes.
(function assertAcyclic() {
  const state = {};
  const visit = (lib, path) => {
    if (state[lib] === 'done') return;
    if (state[lib] === 'open') throw new Error(`lib layers form a cycle: ${[...path, lib].join(' → ')}`);
    state[lib] = 'open';
    for (const dep of allowed[lib] ?? []) visit(dep, [...path, lib]);
    state[lib] = 'done';
  };
  Object.keys(allowed).forEach((lib) => visit(lib, []));
})();

const layerRules = Object.entries(allowed).map(([lib, deps]) => ({
  name: `layer-${lib}`,
  comment: `libs/${lib} may import only: ${deps.join(', ') || 'nothing'} (see CONTRIBUTING.md)`,
  severity: 'error',
  from: { path: `^libs/${lib}/` },
  to: { path: '^libs/([^/]+)/', pathNot: [`^libs/(${[lib, ...deps].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make a change ripple everywhere; point the dependency one way or use an event.',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
    {
      name: 'no-deep-lib-import',
      severity: 'error',
      comment: 'Another lib is imported only through its index (`@app/<lib>`), never a file inside it.',
      from: { path: '^(libs/([^/]+)|apps|tests)/' },
      to: { path: '^libs/([^/]+)/src/(?!index\\.ts$)', pathNot: '^libs/$2/' },
    },
    {
      name: 'libs-not-apps',
      severity: 'error',
      comment: 'Libs never import the app.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    ...layerRules,
    {
      name: 'matching-is-pure',
      severity: 'error',
      comment: 'libs/matching stays pure TypeScript: no Nest, no TypeORM, no database.',
      from: { path: '^libs/matching/src/' },
      to: { path: 'node_modules/(@nestjs|typeorm|pg)/' },
    },
    {
      name: 'web-feature-isolation',
      severity: 'error',
      comment:
        'A web feature imports only lib/, components/ and itself; pages composing features live in routes/.',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/(features/(?!$1/)|routes/|App|main\\.tsx)' },
    },
    {
      name: 'web-shared-knows-no-feature',
      severity: 'error',
      comment:
        'apps/web/src/lib and components are shared by every feature and import none (nor the app level).',
      from: { path: '^apps/web/src/(lib|components)/' },
      to: { path: '^apps/web/src/(features/|routes/|App|main\\.tsx)' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      comment: 'The web app shares only libs/common with the server.',
      from: { path: '^apps/web/' },
      to: { path: '^(libs/(?!common/)|apps/api/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.data)/|schema\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    reporterOptions: {
      dot: {
        collapsePattern:
          '^(libs/[^/]+|apps/web/src/features/[^/]+|apps/web/src/[^/]+|apps/api|node_modules/[^/]+)',
      },
    },
  },
};
