"use client";

type Option<T> = { value: T; label: string };

/** A row of big radio "chips": a labelled group, one choice, keyboard-friendly (native radios underneath). */
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
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="label">{legend}</legend>
      <div className={`grid gap-2 ${columns}`}>
        {options.map((o) => (
          <label
            key={String(o.value)}
            className="flex min-h-11 cursor-pointer items-center justify-center rounded-xl border border-stone-300 bg-white px-2 py-2 text-center text-sm font-medium text-stone-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
          >
            <input type="radio" className="sr-only" name={name} value={String(o.value)} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
