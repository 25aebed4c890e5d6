/** The labelled box a comment or a thread message is written in, with its field error announced beside it. */
export function MessageField(props: {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  error: string | null | undefined;
  onChange: (value: string) => void;
}) {
  const { id, label, value, maxLength, error, onChange } = props;
  return (
    <>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <textarea
        id={id}
        className="input min-h-20"
        value={value}
        // A little over the limit, so an overlong paste shows the server's message instead of being cut silently.
        maxLength={maxLength + 100}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
