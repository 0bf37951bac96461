import { useId } from 'react';
import { DISPLAY_MODES, setDisplayMode, useDisplayMode } from './display-mode.ts';
import { useT } from './use-lang.ts';

/** Radio buttons: statements in Hindi, English or both. */
export function DisplayModeControl() {
  const t = useT();
  const mode = useDisplayMode();
  const name = useId();
  return (
    <fieldset className="display-mode">
      <legend>{t('display.label')}</legend>
      {DISPLAY_MODES.map((value) => (
        <label key={value} className="display-mode-option">
          <input type="radio" name={name} value={value} checked={mode === value} onChange={() => setDisplayMode(value)} />
          <span>{t(`display.${value}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
