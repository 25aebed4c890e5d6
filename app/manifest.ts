import type { MetadataRoute } from "next";

// Install on a phone's home screen: it opens on Today, full screen, in the brand colour (brand-700).
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/today",
    name: "Run Forward",
    short_name: "Run Forward",
    description: "Honest check-ins, club support and coach-led reset phases for runners.",
    start_url: "/today",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    theme_color: "#047857",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
