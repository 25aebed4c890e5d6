import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A form's resolver whose schema, and zod with it (~30 KB compressed), loads on the form's first validation (its
 * first submit, or a change after one) instead of with the page: the same schema and the same field messages. The
 * service worker precaches the chunk, so an offline submit validates too.
 */
export function lazyResolver<TIn extends FieldValues, TContext, TOut>(
  load: () => Promise<Resolver<TIn, TContext, TOut>>,
): Resolver<TIn, TContext, TOut> {
  let loaded: Promise<Resolver<TIn, TContext, TOut>> | null = null;
  return async (values, context, options) => {
    // A failed load (a dropped connection with no worker yet) is tried again on the next submit.
    loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    return (await loaded)(values, context, options);
  };
}

/** The zod resolver, loaded with the schema. */
export const loadZodResolver = () => import("@hookform/resolvers/zod").then((m) => m.zodResolver);
