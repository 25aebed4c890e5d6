"use client";
import { useRef, useState } from "react";
import type { z } from "zod";

/**
 * A small form's state with react-hook-form's behaviour and none of its code (13.6 KB compressed, which a page
 * with one short form otherwise loads first): each field's text as the input holds it, checked against the form's
 * zod schema on submit (the schema, and zod with it, load on the first submit, as app/_lib/lazy-resolver.ts does),
 * the first field in error focused, and once submitted, each field checked again as it changes. Server field errors
 * go in with setError. For a form of a few plain fields; the others keep react-hook-form.
 */
export type FieldTexts = Record<string, string>;
export type FieldErrors<F extends FieldTexts> = Partial<Record<keyof F, string>>;
type Checked<F extends FieldTexts, Out> = { ok: true; data: Out } | { ok: false; errors: FieldErrors<F> };

/**
 * The check: `toInput` turns the texts into what the schema takes (a number field's "" to NaN or null, as
 * react-hook-form's valueAsNumber and setValueAs did), and each field's message is the schema's first for it.
 */
export function lazySchemaCheck<F extends FieldTexts, S extends z.ZodType>(load: () => Promise<S>, toInput: (fields: F) => unknown = (fields) => fields) {
  let loaded: Promise<S> | null = null;
  return async (fields: F): Promise<Checked<F, z.output<S>>> => {
    // A failed load (a dropped connection with no worker yet) is tried again on the next submit.
    loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    const result = (await loaded).safeParse(toInput(fields));
    if (result.success) return { ok: true, data: result.data };
    const errors: FieldErrors<F> = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof F | undefined;
      if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
    }
    return { ok: false, errors };
  };
}

export function usePlainForm<F extends FieldTexts, Out>(initial: F, check: (fields: F) => Promise<Checked<F, Out>>) {
  const [values, setValues] = useState(initial);
  // The values as of the last change, for changes made one after another before a render (a field and one it fills).
  const latest = useRef(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const submitted = useRef(false);
  const elements = useRef(new Map<keyof F, HTMLElement>());
  // The latest check per field, so an older one that answers late (or one from before a submit) doesn't overwrite it.
  const checks = useRef(new Map<keyof F, number>());
  const checkCount = useRef(0);

  const setValue = <K extends keyof F>(name: K, value: F[K]) => {
    const next = { ...latest.current, [name]: value };
    latest.current = next;
    setValues(next);
    if (!submitted.current) return;
    const n = ++checkCount.current;
    checks.current.set(name, n);
    void check(next).then(
      (result) => {
        if (checks.current.get(name) !== n) return;
        setErrors((current) => ({ ...current, [name]: result.ok ? undefined : result.errors[name] }));
      },
      () => undefined,
    );
  };

  /** An input's, select's or textarea's value, change handler and ref (to focus it when it is the first in error). */
  const field = <K extends keyof F & string>(name: K) => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValue(name, event.target.value as F[K]),
    ref: (element: HTMLElement | null) => {
      if (element) elements.current.set(name, element);
    },
  });

  /** A radio button of the field's group. */
  const radio = <K extends keyof F & string>(name: K, value: F[K]) => ({
    type: "radio" as const,
    name,
    value,
    checked: values[name] === value,
    onChange: () => setValue(name, value),
    ref: (element: HTMLElement | null) => {
      if (element && (values[name] === value || !elements.current.has(name))) elements.current.set(name, element);
    },
  });

  const handleSubmit = (onValid: (data: Out) => unknown) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = true;
    checks.current.clear();
    void check(latest.current).then(async (result) => {
      if (!result.ok) {
        setErrors(result.errors);
        const first = (Object.keys(initial) as (keyof F)[]).find((name) => result.errors[name] !== undefined);
        if (first !== undefined) elements.current.get(first)?.focus();
        return;
      }
      setErrors({});
      await onValid(result.data);
    }, () => undefined);
  };

  /** New values, and the form as if never submitted (react-hook-form's reset). */
  const reset = (next: F) => {
    submitted.current = false;
    checks.current.clear();
    latest.current = next;
    setValues(next);
    setErrors({});
  };

  const setError = (name: keyof F, message: string | undefined) => setErrors((current) => ({ ...current, [name]: message }));

  return { values, errors, field, radio, setValue, setError, handleSubmit, reset };
}
