import type { RouteObject } from 'react-router';
import { AppFrame } from './AppFrame';
import type { FeatureDefinition } from './feature';
import { NotFoundScreen } from './NotFoundScreen';
import { RequireCapability } from './RequireCapability';
import { RouteErrorScreen } from './RouteErrorScreen';
import { ScreenBoundary } from './ScreenBoundary';

function featureRoute(feature: FeatureDefinition): RouteObject {
  // Keyed by feature so moving between screens never reuses a crashed boundary.
  const element = (
    <ScreenBoundary key={feature.id} scope={feature.id}>
      <RequireCapability capability={feature.requires}>
        <feature.Screen />
      </RequireCapability>
    </ScreenBoundary>
  );
  return feature.path === '' ? { index: true, element } : { path: feature.path, element };
}

/** The route tree: the frame around one screen per feature, and a not-found screen. */
export function createAppRoutes(features: readonly FeatureDefinition[]): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppFrame features={features} />,
      errorElement: <RouteErrorScreen />,
      children: [...features.map(featureRoute), { path: '*', element: <NotFoundScreen /> }],
    },
  ];
}
