"use client";
import "./globals.css";
import { SomethingWentWrong } from "./_components/something-went-wrong";

// When the root layout itself fails (the database is briefly away while it reads the session), app/error.tsx can't
// show: this page replaces the whole document, so the runner still gets words and a way back.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-stone-50 text-stone-900">
        <main id="main" className="mx-auto max-w-md space-y-4 px-4 py-16 text-center">
          <title>Something went wrong · Run Forward</title>
          <SomethingWentWrong onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
