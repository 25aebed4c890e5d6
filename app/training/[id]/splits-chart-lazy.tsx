"use client";
import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/app/_components/charts/chart-skeleton";

// recharts arrives with the chart, not with the page; the skeleton holds the chart's box (h-48) meanwhile.
export const SplitsChart = dynamic(() => import("./splits-chart"), { ssr: false, loading: () => <ChartSkeleton className="h-48" /> });
