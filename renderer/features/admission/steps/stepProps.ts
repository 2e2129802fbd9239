import type { RefObject } from 'react';

/** What every step receives: the ref its heading takes, so focus lands there when the step opens. */
export type StepProps = { headingRef: RefObject<HTMLHeadingElement | null> };
