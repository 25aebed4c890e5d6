"use client";
import { useId } from "react";
import { RadioCards } from "@/app/_components/ui/radio-cards";
import { SCALES, type ScaleKey } from "./scales";
import { ScaleChoice } from "./scale-choice";

type Option<T> = { value: T; label: string };

/**
 * A labelled group with one choice, as radio cards (native radios: one tab stop, arrow keys move and choose). The 1-7 scales in scales.ts are
 * drawn as one compact row of steps, so the whole check-in fits a phone; other groups as a row of cards.
 */
export function ChoiceGroup<T extends string | number | boolean>({
  name, legend, options, value, onChange, error, columns = "grid-cols-3",
}: {
  name: string;
  legend: string;
  options: Option<T>[];
  value: T | null | undefined;
  onChange: (v: T) => void;
  error?: string;
  columns?: string;
}) {
  const id = useId();
  const legendId = `${id}-legend`;
  const errorId = `${name}-error`;
  const scale = name in SCALES ? SCALES[name as ScaleKey] : null;
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      {scale ? (
        <ScaleChoice legendId={legendId} legend={legend} options={options} value={value} onChange={onChange} invalid={Boolean(error)} />
      ) : (
        <>
          <legend id={legendId} className="label">{legend}</legend>
          <RadioCards labelledBy={legendId} options={options} value={value} onChange={onChange} invalid={Boolean(error)} className={columns} />
        </>
      )}
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
