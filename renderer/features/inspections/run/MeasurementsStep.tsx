import { useId, useMemo } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { computeIndicators } from '@shared/inspection/indicators';
import type { InspectionDraft } from '../draft';
import { measurementsFromDraft } from '../draftConversion';
import { IndicatorTable } from '../IndicatorTable';
import { FacilityFiguresFields } from './FacilityFiguresFields';
import { ProfileChooser } from './ProfileChooser';
import { ThresholdEditor } from './ThresholdEditor';
import { UnitsEditor } from './UnitsEditor';

type MeasurementsStepProps = { draft: InspectionDraft; headingRef: RefObject<HTMLHeadingElement | null> };

/**
 * Rooms and units measured one by one, facility-wide figures, and the indicators they give,
 * recomputed as each figure is typed so a breach shows while the inspector is still in the room.
 */
export function MeasurementsStep({ draft, headingRef }: MeasurementsStepProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { measurements } = useMemo(() => measurementsFromDraft(draft), [draft]);
  const report = useMemo(() => computeIndicators(measurements, draft.profile), [measurements, draft.profile]);
  const unitLabels = useMemo(() => new Map(measurements.units.map((unit) => [unit.id, unit.label])), [measurements]);
  return (
    <section className="run-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        {t('inspections.measurements.title')}
      </h2>
      <p className="section-hint">{t('inspections.measurements.hint')}</p>
      <ProfileChooser profile={draft.profile} />
      <UnitsEditor draft={draft} unitReports={report.units} />
      <FacilityFiguresFields figures={draft.figures} />
      <div className="live-indicators">
        <IndicatorTable caption={t('inspections.measurements.facilityIndicators')} results={report.facility} unitLabels={unitLabels} />
      </div>
      <ThresholdEditor profile={draft.profile} />
    </section>
  );
}
