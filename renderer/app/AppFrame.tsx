import { useRef } from 'react';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { AppNav } from './AppNav';
import { IntegrityBanner } from './IntegrityBanner';
import type { FeatureDefinition } from './feature';
import { SkipLink } from './SkipLink';
import { StorageBanner } from './StorageBanner';
import { ToastHost } from './ToastHost';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';

type AppFrameProps = {
  features: readonly FeatureDefinition[];
};

/** Header, navigation and the main region every screen renders into. */
export function AppFrame({ features }: AppFrameProps) {
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(mainRef);
  return (
    <>
      <SkipLink targetRef={mainRef} />
      <div className="app-frame">
        <AppHeader />
        <AppNav features={features} />
        <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
          <StorageBanner />
          <IntegrityBanner />
          <Outlet />
        </main>
      </div>
      <ToastHost />
    </>
  );
}
