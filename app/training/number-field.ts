/** An optional number field's raw value: empty means null (react-hook-form's setValueAs), for the training forms. */
export const blankToNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
