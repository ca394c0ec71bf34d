import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { Provider } from 'urql';
import { Redirect, Route, Router, Switch } from 'wouter';
import { createConsoleClient } from './graphql-client';
import { session } from './session';
import { Loading } from './ui/common';
import { SignIn } from './pages/sign-in';

// Pages after sign-in load on demand: the sign-in page carries none of them (nor the chart library).
const Home = lazy(() => import('./pages/home').then((module) => ({ default: module.Home })));
const Overview = lazy(() => import('./pages/overview').then((module) => ({ default: module.Overview })));
const ProjectPage = lazy(() => import('./pages/project/project-page').then((module) => ({ default: module.ProjectPage })));
const ComparePage = lazy(() => import('./pages/project/compare-page').then((module) => ({ default: module.ComparePage })));
const AdminPage = lazy(() => import('./pages/admin/admin-page').then((module) => ({ default: module.AdminPage })));
const ReposPage = lazy(() => import('./pages/repos/repos-page').then((module) => ({ default: module.ReposPage })));
const PoliciesPage = lazy(() => import('./pages/policy/policies-page').then((module) => ({ default: module.PoliciesPage })));
const AnalysisPage = lazy(() => import('./pages/analysis/analysis-page').then((module) => ({ default: module.AnalysisPage })));
const AccountPage = lazy(() => import('./pages/account').then((module) => ({ default: module.AccountPage })));

const client = createConsoleClient();

/** Pages behind sign-in; signed out (or signed out by a refused refresh), they send the person to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const signedIn = useSyncExternalStore(session.subscribe, session.snapshot);
  if (!signedIn) return <Redirect to="/sign-in" />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function App() {
  return (
    <Provider value={client}>
      <Router base="/console">
        <Switch>
          <Route path="/sign-in" component={SignIn} />
          <Route path="/account">
            <SignedIn>
              <AccountPage />
            </SignedIn>
          </Route>
          <Route path="/orgs/:organizationId/projects/:projectId/analysis">
            {(params) => (
              <SignedIn>
                <AnalysisPage organizationId={params.organizationId} projectId={params.projectId} />
              </SignedIn>
            )}
          </Route>
          <Route path="/orgs/:organizationId/repositories">
            {(params) => (
              <SignedIn>
                <ReposPage organizationId={params.organizationId} />
              </SignedIn>
            )}
          </Route>
          <Route path="/orgs/:organizationId/policies">
            {(params) => (
              <SignedIn>
                <PoliciesPage organizationId={params.organizationId} />
              </SignedIn>
            )}
          </Route>
          <Route path="/orgs/:organizationId/projects/:projectId/compare">
            {(params) => (
              <SignedIn>
                <ComparePage organizationId={params.organizationId} projectId={params.projectId} />
              </SignedIn>
            )}
          </Route>
          <Route path="/orgs/:organizationId/projects/:projectId">
            {(params) => (
              <SignedIn>
                <ProjectPage organizationId={params.organizationId} projectId={params.projectId} />
              </SignedIn>
            )}
          </Route>
          <Route path="/orgs/:organizationId/admin/:section">
            {(params) => (
              <SignedIn>
                <AdminPage organizationId={params.organizationId} section={params.section} />
              </SignedIn>
            )}
          </Route>
          <Route path="/orgs/:organizationId">
            {(params) => (
              <SignedIn>
                <Overview organizationId={params.organizationId} />
              </SignedIn>
            )}
          </Route>
          <Route>
            <SignedIn>
              <Home />
            </SignedIn>
          </Route>
        </Switch>
      </Router>
    </Provider>
  );
}
