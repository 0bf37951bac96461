import type { DisplayMode } from './display-mode.ts';

interface BilingualProps {
  /** `en` is missing while a report's translation has not come. */
  text: { hi: string; en?: string };
  mode: DisplayMode;
  /** The element for each language's text. */
  as?: 'span' | 'p';
}

/**
 * Report text in Hindi, English or both side by side, each with its `lang`.
 * Without English, the Hindi stands alone in every mode (the page says the
 * translation is not yet there).
 */
export function Bilingual({ text, mode, as: Tag = 'span' }: BilingualProps) {
  if (text.en === undefined) return <Tag lang="hi">{text.hi}</Tag>;
  if (mode !== 'both') return <Tag lang={mode}>{text[mode]}</Tag>;
  const Wrapper = Tag === 'p' ? 'div' : 'span';
  return (
    <Wrapper className="bilingual">
      <Tag lang="hi" className="bilingual-hi">
        {text.hi}
      </Tag>
      <Tag lang="en" className="bilingual-en">
        {text.en}
      </Tag>
    </Wrapper>
  );
}
