import type { Metadata, Viewport } from "next";
import { Providers } from "./_trpc/provider";
import { SiteHeader } from "./_components/site-header";
import { AppShell } from "./_pwa/app-shell";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Run Forward", template: "%s · Run Forward" },
  description: "Honest check-ins, club support and coach-led reset phases for runners.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Lets the page run under an iPhone's home indicator; the bottom bar pads itself by the safe-area inset.
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#047857" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          {/* Room at the bottom on phones so nothing ends up behind the bottom bar. */}
          <main id="main" className="mx-auto max-w-5xl px-4 pt-6 pb-[calc(6rem+env(safe-area-inset-bottom))] sm:py-10">
            {children}
          </main>
          <AppShell />
        </Providers>
      </body>
    </html>
  );
}
