import type { RegisterNumber as RegisterNumberValue } from '@shared/custody/registerNumbers';
import { formatRegisterNumber } from '@shared/custody/registerNumbers';

/**
 * A register number as printed (`CRP-000042`). It reads left to right in every language
 * and is never translated, so it matches the bound register and the printed extract.
 */
export function RegisterNumber({ value }: { value: RegisterNumberValue }) {
  return (
    <bdi className="register-number" dir="ltr" translate="no">
      {formatRegisterNumber(value.prefix, value.number)}
    </bdi>
  );
}
