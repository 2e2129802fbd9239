import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import type { AppInfo, PlatformResult } from '../../platform';

/** The app's name, version and host, asked of the platform once per mount; undefined while waiting. */
export function useAppInfo(): PlatformResult<AppInfo> | undefined {
  const [result, setResult] = useState<PlatformResult<AppInfo>>();
  useEffect(() => {
    let isCurrent = true;
    void platform.appInfo().then((answer) => {
      if (isCurrent) setResult(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return result;
}
