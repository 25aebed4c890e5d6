/** An optional number field's raw value: empty means null (react-hook-form's setValueAs), for the training forms. */
export const blankToNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
/** A required number field's text as react-hook-form's valueAsNumber reads it: empty is NaN, so the schema asks for a number. */
export const textToNumber = (v: string) => (v.trim() === "" ? Number.NaN : Number(v));
